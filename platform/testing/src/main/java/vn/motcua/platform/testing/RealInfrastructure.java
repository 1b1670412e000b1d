package vn.motcua.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.motcua.platform.local.TokenMinter;

import java.util.Map;

/**
 * The Quarkus test resource every {@code @QuarkusTest} uses: points the service at a fresh database
 * on the real PostgreSQL of {@link TestInfrastructure}, at its real Kafka broker, and at the public
 * key that {@link Tokens} signs with.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String jdbcUrl;

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        jdbcUrl = infrastructure.createDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", infrastructure.user(),
                "quarkus.datasource.password", infrastructure.password(),
                "kafka.bootstrap.servers", infrastructure.bootstrapServers(),
                "mp.jwt.verify.publickey.location", infrastructure.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TokenMinter.LOCAL_ISSUER,
                "motcua.kafka.probe-every", "1s");
    }

    @Override
    public void stop() {
        if (jdbcUrl != null) {
            TestInfrastructure.get().dropDatabase(jdbcUrl);
        }
    }
}
