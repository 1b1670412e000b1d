package vn.motcua.reporting.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read models' tables, and the fresh copies a rebuild fills in a schema of their own before moving
 * them in. A copy has the table's very name, so the consumers' own SQL, run with the rebuild schema as the
 * only search path, writes the copies; it is created {@code LIKE} the table with everything (columns,
 * defaults, constraints, indexes under the same names), so a later migration of a table needs no change
 * here, and migrations naming an index still find it after a rebuild. The tables' triggers (the one that
 * keeps report_counts in step with report_dossier) are created on the copies too, calling the same functions.
 *
 * <p>A new read-model table must be added to {@link #TABLES}. A consumer that writes a table missing
 * from it fails the rebuild ("relation does not exist"), since the live schema is not on the rebuild's
 * search path: a rebuild never writes the live tables by mistake.
 */
public final class ReadModelTables {

    /** Every table the service's event handlers write; nothing else (tickets, rebuilds, the inbox) is rebuilt. */
    public static final List<String> TABLES = List.of(
            "report_dossier", "report_counts", "report_unit", "report_procedure", "report_procedure_publication");

    /** Where a rebuild builds its copies. */
    public static final String SCHEMA = "report_rebuild_next";

    /** The rebuild's record of the last sequence or version applied per consumer and key, as the live inbox keeps it. */
    private static final String KEY_SEQUENCE = SCHEMA + ".key_sequence";

    /** An index definition without its name and table: two indexes alike on two tables define the same. */
    private static final Pattern INDEX = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX) (\\S+) ON (?:ONLY )?\\S+ (USING .*)$");

    private ReadModelTables() {
    }

    /** The schema the live tables are in: the first of the service's search path. */
    public static String liveSchema(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT current_schema()")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Creates empty copies of the tables, dropping what a failed rebuild may have left. */
    public static void createCopies(Connection connection, String live) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            ddl.execute("CREATE SCHEMA " + SCHEMA);
            for (String table : TABLES) {
                ddl.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE " + qualified(live, table) + " INCLUDING ALL)");
                // LIKE names the copied indexes after their columns; give them the live ones' names
                Map<String, String> liveNames = indexes(connection, qualified(live, table));
                for (Map.Entry<String, String> copy : indexes(connection, SCHEMA + "." + table).entrySet()) {
                    String wanted = liveNames.get(copy.getKey());
                    if (wanted != null && !wanted.equals(copy.getValue())) {
                        ddl.execute("ALTER INDEX " + SCHEMA + "." + quoted(copy.getValue()) + " RENAME TO " + quoted(wanted));
                    }
                }
            }
            for (String table : TABLES) {
                for (String trigger : triggers(connection, qualified(live, table))) {
                    ddl.execute(trigger.replaceFirst(" ON (\\S+\\.)?" + table + " ", " ON " + SCHEMA + "." + table + " "));
                }
            }
            ddl.execute("""
                    CREATE TABLE %s (consumer text NOT NULL, topic text NOT NULL, message_key text NOT NULL,
                        last_sequence bigint NOT NULL, PRIMARY KEY (consumer, topic, message_key))""".formatted(KEY_SEQUENCE));
        }
    }

    public static void dropCopies(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    /** Gives the planner the copies' statistics before they serve reports (they move with the tables). */
    public static void analyzeCopies(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            for (String table : TABLES) {
                ddl.execute("ANALYZE " + SCHEMA + "." + table);
            }
        }
    }

    /** Makes the consumers' unqualified table names mean the copies, until the transaction ends. */
    public static void writeCopies(Connection connection) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL search_path = " + SCHEMA);
        }
    }

    /** How long a statement of the caller's transaction may wait for a lock before it fails (55P03). */
    public static void limitLockWaits(Connection connection, long millis) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL lock_timeout = '" + millis + "ms'");
        }
    }

    /**
     * The rebuild's record of the last sequence or version applied per consumer, topic and key, as the live
     * inbox keeps it: one statement for a whole batch of records.
     */
    public static final class KeySequences implements AutoCloseable {

        private final PreparedStatement advance;

        public KeySequences(Connection connection) throws SQLException {
            advance = connection.prepareStatement("""
                    INSERT INTO %s AS applied (consumer, topic, message_key, last_sequence) VALUES (?, ?, ?, ?)
                    ON CONFLICT (consumer, topic, message_key) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                    WHERE applied.last_sequence < EXCLUDED.last_sequence""".formatted(KEY_SEQUENCE));
        }

        /** Records the sequence of a key's event; false when one as high was applied already. */
        public boolean advance(String consumer, String topic, String key, long sequence) throws SQLException {
            advance.setString(1, consumer);
            advance.setString(2, topic);
            advance.setString(3, key);
            advance.setLong(4, sequence);
            return advance.executeUpdate() > 0;
        }

        @Override
        public void close() throws SQLException {
            advance.close();
        }
    }

    /**
     * Holds back every live write to the tables until the transaction ends, once the writes in progress
     * have committed; reports go on reading. EXCLUSIVE conflicts with the writers' ROW EXCLUSIVE only.
     */
    public static void holdLiveWrites(Connection connection, String live) throws SQLException {
        StringBuilder tables = new StringBuilder();
        for (String table : TABLES) {
            tables.append(tables.length() == 0 ? "" : ", ").append(qualified(live, table));
        }
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE " + tables + " IN EXCLUSIVE MODE");
        }
    }

    /**
     * Replaces every live table by its copy, in the caller's transaction, and drops the rebuild schema.
     * Statements naming a table, the consumers' waiting ones included, then reach the copy. False, and
     * nothing moved, when a table was migrated while the rebuild ran: the swap would undo the migration.
     */
    public static boolean moveCopiesIn(Connection connection, String live) throws SQLException {
        if (!sameColumns(connection, live)) {
            return false;
        }
        try (Statement ddl = connection.createStatement()) {
            for (String table : TABLES) {
                ddl.execute("DROP TABLE " + qualified(live, table));
                ddl.execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA " + quoted(live));
            }
            ddl.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
        return true;
    }

    /** Whether the copies have the live tables' columns. */
    private static boolean sameColumns(Connection connection, String live) throws SQLException {
        try (PreparedStatement compare = connection.prepareStatement("""
                SELECT count(*) FROM (
                    (SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = ?
                       AND table_name = ANY (?)
                     EXCEPT SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = ?)
                    UNION ALL
                    (SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = ?
                       AND table_name = ANY (?)
                     EXCEPT SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = ?)
                ) differences""")) {
            java.sql.Array names = connection.createArrayOf("text", TABLES.toArray());
            compare.setString(1, live);
            compare.setArray(2, names);
            compare.setString(3, SCHEMA);
            compare.setString(4, SCHEMA);
            compare.setArray(5, names);
            compare.setString(6, live);
            try (ResultSet row = compare.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        }
    }

    /** The definitions of the table's own triggers (not those PostgreSQL makes for constraints). */
    private static List<String> triggers(Connection connection, String table) throws SQLException {
        List<String> definitions = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal ORDER BY tgname")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    definitions.add(rows.getString(1));
                }
            }
        }
        return definitions;
    }

    /** The table's indexes: name by definition. */
    private static Map<String, String> indexes(Connection connection, String table) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                 WHERE i.indrelid = ?::regclass""")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Matcher definition = INDEX.matcher(rows.getString(2));
                    if (definition.matches()) {
                        names.put(definition.group(1) + " ON t " + definition.group(3), rows.getString(1));
                    }
                }
            }
        }
        return names;
    }

    public static String qualified(String schema, String table) {
        return quoted(schema) + "." + table;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
