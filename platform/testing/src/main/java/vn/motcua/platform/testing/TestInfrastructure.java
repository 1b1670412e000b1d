package vn.motcua.platform.testing;

import vn.motcua.platform.local.LocalKafka;
import vn.motcua.platform.local.LocalPostgres;
import vn.motcua.platform.local.LocalS3;
import vn.motcua.platform.local.ObjectStorage;
import vn.motcua.platform.local.SigningKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The real PostgreSQL and Kafka that every test suite of this JVM runs against, started once, and the
 * S3 object storage that suites of a service storing files use, started once on first use.
 *
 * <p>By default both are embedded: PostgreSQL 17 (zonky binaries) and a KRaft broker inside this JVM.
 * Environment variables point the tests at external servers instead:
 * {@code MOTCUA_TEST_PG_URL} (a JDBC URL to a database the user may create databases from, such as
 * {@code jdbc:postgresql://localhost:5432/postgres}), {@code MOTCUA_TEST_PG_USER},
 * {@code MOTCUA_TEST_PG_PASSWORD}, and {@code MOTCUA_TEST_KAFKA_BOOTSTRAP}.
 * Object storage is s3proxy on a temporary folder ({@link LocalS3}), a process of its own stopped with this JVM.
 * With {@code MOTCUA_TEST_INFRA=containers} all run as Docker containers instead ({@link ContainerServers}),
 * object storage as MinIO.
 * Every test run gets a database of its own, whichever server it is on.
 */
public final class TestInfrastructure {

    private static TestInfrastructure shared;

    private final Optional<LocalPostgres> embeddedPostgres;
    private final String adminJdbcUrl;
    private final String user;
    private final String password;
    private final Optional<LocalKafka> embeddedKafka;
    private final Optional<ContainerServers> containers;
    private final String bootstrapServers;
    private final SigningKeys signingKeys = SigningKeys.generate();
    private final Path publicKeyFile;
    private Optional<LocalS3> embeddedS3 = Optional.empty();
    private ObjectStorage objectStorage;

    private TestInfrastructure() {
        if (InfrastructureMode.of(System.getenv(InfrastructureMode.VARIABLE)) == InfrastructureMode.CONTAINERS) {
            ContainerServers servers = ContainerServers.start();
            containers = Optional.of(servers);
            embeddedPostgres = Optional.empty();
            embeddedKafka = Optional.empty();
            adminJdbcUrl = servers.adminJdbcUrl();
            user = servers.user();
            password = servers.password();
            bootstrapServers = servers.bootstrapServers();
        } else {
            containers = Optional.empty();
            String externalPg = System.getenv("MOTCUA_TEST_PG_URL");
            if (externalPg != null && !externalPg.isBlank()) {
                embeddedPostgres = Optional.empty();
                adminJdbcUrl = externalPg;
                user = System.getenv().getOrDefault("MOTCUA_TEST_PG_USER", "postgres");
                password = System.getenv().getOrDefault("MOTCUA_TEST_PG_PASSWORD", "");
            } else {
                LocalPostgres postgres = LocalPostgres.start(Optional.empty(), 0);
                embeddedPostgres = Optional.of(postgres);
                adminJdbcUrl = postgres.jdbcUrl("postgres");
                user = LocalPostgres.USER;
                password = "";
            }
            String externalKafka = System.getenv("MOTCUA_TEST_KAFKA_BOOTSTRAP");
            if (externalKafka != null && !externalKafka.isBlank()) {
                embeddedKafka = Optional.empty();
                bootstrapServers = externalKafka;
            } else {
                LocalKafka kafka = LocalKafka.start(Optional.empty(), 0);
                embeddedKafka = Optional.of(kafka);
                bootstrapServers = kafka.bootstrapServers();
            }
        }
        try {
            publicKeyFile = Files.createTempFile("motcua-test-jwt-", ".pem");
            Files.writeString(publicKeyFile, signingKeys.publicKeyPem(), StandardCharsets.US_ASCII);
            publicKeyFile.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "motcua-test-infrastructure-stop"));
    }

    /** The servers of this JVM, started on first use. */
    public static synchronized TestInfrastructure get() {
        if (shared == null) {
            shared = new TestInfrastructure();
        }
        return shared;
    }

    /** Creates an empty database with a name of its own and returns its JDBC URL. */
    public String createDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return jdbcUrl(name);
    }

    /** Drops a database made by {@link #createDatabase()}, closing any connection still open to it. */
    public void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        if (name.matches("test_[0-9a-f]{12}")) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public String jdbcUrl(String database) {
        String server = adminJdbcUrl.contains("?") ? adminJdbcUrl.substring(0, adminJdbcUrl.indexOf('?')) : adminJdbcUrl;
        return server.substring(0, server.lastIndexOf('/') + 1) + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public SigningKeys signingKeys() {
        return signingKeys;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /**
     * The bucket of this JVM's object storage, started on the first call (about 4 s for s3proxy): only the
     * suites that store files pay for it (see {@link RealInfrastructure}).
     */
    public synchronized ObjectStorage objectStorage() {
        if (objectStorage == null) {
            if (containers.isPresent()) {
                objectStorage = containers.get().objectStorage();
            } else {
                LocalS3 s3 = LocalS3.temporary();
                embeddedS3 = Optional.of(s3);
                objectStorage = s3.storage();
            }
        }
        return objectStorage;
    }

    /**
     * A broker of the test's own, which it may stop and start (the shared one must stay up for the
     * other tests). Always embedded; the caller closes it.
     */
    public static LocalKafka privateBroker() {
        return LocalKafka.start(Optional.empty(), 0);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database statement failed: " + sql, e);
        }
    }

    private synchronized void stop() {
        embeddedS3.ifPresent(LocalS3::close);
        embeddedKafka.ifPresent(LocalKafka::close);
        embeddedPostgres.ifPresent(LocalPostgres::close);
        containers.ifPresent(ContainerServers::close);
    }
}
