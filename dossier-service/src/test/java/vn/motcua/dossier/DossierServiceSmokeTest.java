package vn.motcua.dossier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.ServiceSmokeContract;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierServiceSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "dossier-service";
    }
}
