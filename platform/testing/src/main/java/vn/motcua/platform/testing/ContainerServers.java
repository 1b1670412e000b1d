package vn.motcua.platform.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL and Kafka as Docker containers, for {@code MOTCUA_TEST_INFRA=containers}: the images
 * docker-compose.yml runs (a drift test keeps them equal), started once per JVM. Without a Docker
 * engine it fails at once, saying so, rather than letting the tests be skipped.
 */
final class ContainerServers implements AutoCloseable {

    /** The PostgreSQL image of docker-compose.yml. */
    static final String POSTGRES_IMAGE = "postgres:17";
    /** The Kafka image of docker-compose.yml (KRaft, one node). */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

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

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
