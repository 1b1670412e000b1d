package vn.motcua.reporting.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs the reports' read-only queries: binds the parameters in order and hands each row to a reader. */
public final class ReportQueries {

    /** What to do with one row of a result. */
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private ReportQueries() {
    }

    public static void query(DataSource dataSource, String sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a report query failed", e);
        }
    }
}
