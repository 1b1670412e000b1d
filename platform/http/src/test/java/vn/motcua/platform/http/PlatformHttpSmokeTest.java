package vn.motcua.platform.http;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.ServiceSmokeContract;

/** The shared module on its own passes the contract every service is held to. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlatformHttpSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "platform-http-test";
    }
}
