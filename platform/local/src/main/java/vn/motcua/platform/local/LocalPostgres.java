package vn.motcua.platform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An embedded PostgreSQL 17 server (zonky binaries) for the local platform and for tests.
 *
 * <p>With a data directory the cluster survives a restart; without one it lives in a temporary
 * directory and is thrown away on {@link #close()}. As root, zonky runs the server inside a user
 * namespace ({@code unshare -U}) because PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser of an embedded cluster; it trusts local connections, so no password. */
    public static final String USER = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives, kept across restarts; empty for a throw-away cluster
     * @param port          the port to listen on, or 0 for any free port
     */
    public static LocalPostgres start(Optional<Path> dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDirectory.isPresent() ? "on" : "off")
                    .setServerConfig("synchronous_commit", dataDirectory.isPresent() ? "on" : "off")
                    .setServerConfig("full_page_writes", dataDirectory.isPresent() ? "on" : "off")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory.isPresent()) {
                Files.createDirectories(dataDirectory.get());
                builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(false);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns whether it was created. */
    public boolean createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + name);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name is checked against DATABASE_NAME above: identifiers cannot be bound as parameters
                create.execute("CREATE DATABASE " + name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
