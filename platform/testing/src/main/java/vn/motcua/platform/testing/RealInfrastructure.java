package vn.motcua.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.motcua.platform.local.TokenMinter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Quarkus test resource every {@code @QuarkusTest} uses: points the service at a fresh database
 * on the real PostgreSQL of {@link TestInfrastructure}, at its real Kafka broker, at the public
 * key that {@link Tokens} signs with and, when the service stores files, at the S3 bucket.
 *
 * <p>A service stores files when the AWS SDK's S3 client is on its class path ({@link #S3_CLIENT}): then,
 * and only then, the object storage starts and the {@code motcua.files.s3.*} settings of
 * {@link vn.motcua.platform.local.ObjectStorage} are given, so the suites of services that never call S3
 * do not wait for its server.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The class whose presence says the service under test speaks S3. */
    static final String S3_CLIENT = "software.amazon.awssdk.services.s3.S3Client";

    private String jdbcUrl;

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        jdbcUrl = infrastructure.createDatabase();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", infrastructure.user());
        config.put("quarkus.datasource.password", infrastructure.password());
        config.put("kafka.bootstrap.servers", infrastructure.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", infrastructure.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TokenMinter.LOCAL_ISSUER);
        config.put("motcua.kafka.probe-every", "1s");
        if (storesFiles()) {
            config.putAll(infrastructure.objectStorage().properties());
        }
        return config;
    }

    @Override
    public void stop() {
        if (jdbcUrl != null) {
            TestInfrastructure.get().dropDatabase(jdbcUrl);
        }
    }

    /** Whether the service under test can speak S3, as its class path tells. */
    static boolean storesFiles() {
        try {
            Class.forName(S3_CLIENT, false, RealInfrastructure.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
