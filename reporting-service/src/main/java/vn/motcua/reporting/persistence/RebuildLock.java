package vn.motcua.reporting.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The advisory lock the database session of a running rebuild holds, so that one rebuild runs at a time
 * across all replicas and a job whose session is gone is seen as abandoned.
 */
public final class RebuildLock {

    /** "MCRB": MotCua reporting rebuild; with {@link #REBUILD_LOCK}, held by the session of a running rebuild. */
    public static final int LOCK_CLASS = 0x4D43_5242;
    public static final int REBUILD_LOCK = 1;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private RebuildLock() {
    }

    /** Takes the lock for the session if no other session holds it. */
    public static boolean tryLock(Connection session) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, REBUILD_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Takes the lock for the session if its holder lets it go within two seconds. */
    public static boolean awaitLock(Connection session) throws SQLException {
        try (Statement wait = session.createStatement()) {
            wait.execute("SET lock_timeout = '2s'");
            wait.execute("SELECT pg_advisory_lock(" + LOCK_CLASS + ", " + REBUILD_LOCK + ")");
            wait.execute("SET lock_timeout = 0");
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Whether no session holds the lock: takes it and lets it go at once. */
    public static boolean isFree(Connection connection) throws SQLException {
        if (!tryLock(connection)) {
            return false;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setInt(2, REBUILD_LOCK);
            unlock.execute();
        }
        return true;
    }
}
