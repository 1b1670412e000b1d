package vn.motcua.reporting.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells every replica's live feed that the read models changed: a PostgreSQL NOTIFY, which is delivered
 * when (and only if) the writing transaction commits, to whichever replica listens, whichever replica's
 * consumer made the change.
 */
public final class ReadModelChanges {

    /** The channel the live feed listens on. */
    public static final String CHANNEL = "motcua_report_changes";
    /** The payload meaning "anything may have changed", sent by a rebuild's swap. */
    public static final String EVERYTHING = "*";

    private ReadModelChanges() {
    }

    /** Makes the session receive the announcements (the live feed's own session, in autocommit). */
    public static void listen(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    /** Announces, on commit, a change to a dossier of this competent unit (or {@link #EVERYTHING}). */
    public static void announce(Connection connection, String unitCode) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, unitCode == null ? EVERYTHING : unitCode);
            notify.execute();
        }
    }
}
