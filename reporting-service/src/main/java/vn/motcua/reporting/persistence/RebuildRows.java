package vn.motcua.reporting.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The table {@code report_rebuild}: one row per rebuild of the read models, newest last. */
public final class RebuildRows {

    /** A rebuild's row as stored; {@code partitions} is the JSON of each partition's progress. */
    public record RebuildRow(UUID id, String state, String requestedBy, Instant startedAt, Instant finishedAt,
                             long recordsRead, long recordsApplied, long recordsSkipped, String partitions,
                             int swapAttempts, String error) {
    }

    private RebuildRows() {
    }

    public static void insert(Connection connection, UUID id, String state, String requestedBy, Instant startedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO report_rebuild (id, state, requested_by, started_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, state);
            insert.setString(3, requestedBy);
            insert.setTimestamp(4, Timestamp.from(startedAt));
            insert.executeUpdate();
        }
    }

    public static Optional<RebuildRow> latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, state, requested_by, started_at, finished_at, records_read, records_applied, records_skipped,
                       partitions, swap_attempts, error
                  FROM report_rebuild ORDER BY run DESC LIMIT 1""");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Timestamp finished = row.getTimestamp("finished_at");
            return Optional.of(new RebuildRow(row.getObject("id", UUID.class), row.getString("state"),
                    row.getString("requested_by"), row.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant(), row.getLong("records_read"), row.getLong("records_applied"),
                    row.getLong("records_skipped"), row.getString("partitions"), row.getInt("swap_attempts"),
                    row.getString("error")));
        }
    }

    /** Ends every rebuild still RUNNING or SWAPPING in the given state, with the reason. */
    public static void endUnfinished(Connection connection, String state, Instant at, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE report_rebuild SET state = ?, finished_at = ?, error = ? WHERE state IN ('RUNNING', 'SWAPPING')""")) {
            update.setString(1, state);
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, error);
            update.executeUpdate();
        }
    }

    public static void recordSwapAttempt(Connection connection, UUID id, int attempt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE report_rebuild SET swap_attempts = ? WHERE id = ?")) {
            update.setInt(1, attempt);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    /**
     * Writes a rebuild's progress to the table in the live schema, also while the rebuild's copies are on
     * the search path; {@code finishedAt} null while it runs.
     */
    public static void saveProgress(Connection connection, String liveSchema, UUID id, String state, long read, long applied,
                                    long skipped, String partitions, Instant finishedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE %s SET state = ?, records_read = ?, records_applied = ?, records_skipped = ?, partitions = ?,
                       finished_at = ?
                 WHERE id = ?""".formatted(ReadModelTables.qualified(liveSchema, "report_rebuild")))) {
            update.setString(1, state);
            update.setLong(2, read);
            update.setLong(3, applied);
            update.setLong(4, skipped);
            update.setString(5, partitions);
            update.setTimestamp(6, finishedAt == null ? null : Timestamp.from(finishedAt));
            update.setObject(7, id);
            update.executeUpdate();
        }
    }

    public static void recordFailure(Connection connection, UUID id, String state, Instant at, String reason)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE report_rebuild SET state = ?, finished_at = ?, error = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, reason);
            update.setObject(4, id);
            update.executeUpdate();
        }
    }
}
