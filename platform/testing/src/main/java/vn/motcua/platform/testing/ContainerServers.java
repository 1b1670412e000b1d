package vn.motcua.platform.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import vn.motcua.platform.local.LocalS3;
import vn.motcua.platform.local.ObjectStorage;

import java.io.IOException;
import java.util.Optional;

/**
 * PostgreSQL and Kafka as Docker containers, for {@code MOTCUA_TEST_INFRA=containers}: the images
 * docker-compose.yml runs (a drift test keeps them equal), started once per JVM, and MinIO once a suite
 * asks for object storage. Without a Docker engine it fails at once, saying so, rather than letting the
 * tests be skipped.
 */
final class ContainerServers implements AutoCloseable {

    /** The PostgreSQL image of docker-compose.yml. */
    static final String POSTGRES_IMAGE = "postgres:17";
    /** The Kafka image of docker-compose.yml (KRaft, one node). */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    /** The MinIO image of docker-compose.yml. */
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-03-12T18-04-18Z";

    private static final int MINIO_PORT = 9000;

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private Optional<GenericContainer<?>> minio = Optional.empty();

    private ContainerServers(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerServers start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(InfrastructureMode.VARIABLE + "=containers needs a Docker engine and none answers"
                    + " (DOCKER_HOST, /var/run/docker.sock or a Testcontainers configuration); unset "
                    + InfrastructureMode.VARIABLE + " to run against embedded servers");
        }
        // the admin database: each test run creates a database of its own from it
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE)).withDatabaseName("postgres");
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        postgres.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            postgres.stop();
            throw e;
        }
        return new ContainerServers(postgres, kafka);
    }

    String adminJdbcUrl() {
        return postgres.getJdbcUrl();
    }

    String user() {
        return postgres.getUsername();
    }

    String password() {
        return postgres.getPassword();
    }

    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    /** MinIO with the bucket made, started on the first call. Not exercised here: this machine has no Docker. */
    synchronized ObjectStorage objectStorage() {
        if (minio.isEmpty()) {
            GenericContainer<?> server = new GenericContainer<>(DockerImageName.parse(MINIO_IMAGE))
                    .withCommand("server", "/data")
                    .withEnv("MINIO_ROOT_USER", LocalS3.ACCESS_KEY)
                    .withEnv("MINIO_ROOT_PASSWORD", LocalS3.SECRET_KEY)
                    // the image's mc reaches the server as alias "local" with these credentials
                    .withEnv("MC_HOST_local", "http://" + LocalS3.ACCESS_KEY + ":" + LocalS3.SECRET_KEY + "@127.0.0.1:" + MINIO_PORT)
                    .withExposedPorts(MINIO_PORT)
                    .waitingFor(Wait.forHttp("/minio/health/live").forPort(MINIO_PORT));
            server.start();
            minio = Optional.of(server);
            try {
                Container.ExecResult made = server.execInContainer("mc", "mb", "--ignore-existing", "local/" + LocalS3.BUCKET);
                if (made.getExitCode() != 0) {
                    throw new IllegalStateException("MinIO did not create the bucket: " + made.getStderr());
                }
            } catch (IOException e) {
                throw new IllegalStateException("MinIO did not create the bucket: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while MinIO created the bucket", e);
            }
        }
        GenericContainer<?> server = minio.get();
        return new ObjectStorage("http://" + server.getHost() + ":" + server.getMappedPort(MINIO_PORT), LocalS3.BUCKET,
                ObjectStorage.DEFAULT_REGION, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
    }

    @Override
    public synchronized void close() {
        minio.ifPresent(GenericContainer::stop);
        kafka.stop();
        postgres.stop();
    }
}
