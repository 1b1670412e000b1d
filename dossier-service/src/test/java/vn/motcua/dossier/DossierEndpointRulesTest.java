package vn.motcua.dossier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.platform.testing.EndpointRulesContract;
import vn.motcua.platform.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierEndpointRulesTest extends EndpointRulesContract {
}
