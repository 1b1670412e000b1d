package vn.motcua.platform.http;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.platform.testing.EndpointRulesContract;
import vn.motcua.platform.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlatformHttpEndpointRulesTest extends EndpointRulesContract {
}
