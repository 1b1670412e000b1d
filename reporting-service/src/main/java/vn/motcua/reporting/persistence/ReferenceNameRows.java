package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.UnitSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tables {@code report_unit} and {@code report_procedure}: the names reports show, from the reference topics. */
@ApplicationScoped
public class ReferenceNameRows {

    @Inject
    AgroalDataSource dataSource;

    public void save(UnitSnapshot unit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO report_unit (code, name, kind, version) VALUES (?, ?, ?, ?)
                     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, version = EXCLUDED.version""")) {
            upsert.setString(1, unit.code());
            upsert.setString(2, unit.name());
            upsert.setString(3, unit.kind());
            upsert.setLong(4, unit.version());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the reference names could not be written", e);
        }
    }

    public void save(ProcedureSnapshot procedure) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO report_procedure (code, name, field_code, field_name, version) VALUES (?, ?, ?, ?, ?)
                     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, field_code = EXCLUDED.field_code,
                         field_name = EXCLUDED.field_name, version = EXCLUDED.version""")) {
            upsert.setString(1, procedure.code());
            upsert.setString(2, procedure.name());
            upsert.setString(3, procedure.fieldCode());
            upsert.setString(4, procedure.fieldName());
            upsert.setLong(5, procedure.version());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the reference names could not be written", e);
        }
    }

    /** Unit names by code. */
    public Map<String, String> units() {
        return names("SELECT code AS key, name FROM report_unit");
    }

    /** Field names by code, as the latest version of a procedure of the field names it. */
    public Map<String, String> fields() {
        return names("SELECT DISTINCT ON (field_code) field_code AS key, field_name AS name"
                + " FROM report_procedure ORDER BY field_code, version DESC");
    }

    /** Procedure names by code. */
    public Map<String, String> procedures() {
        return names("SELECT code AS key, name FROM report_procedure");
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new HashMap<>();
        ReportQueries.query(dataSource, sql, List.of(), row -> names.put(row.getString("key"), row.getString("name")));
        return names;
    }
}
