package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code report_procedure_publication}: per procedure, whether it is active and published with
 * complete information, for the transparency criterion of the Decision 766 index.
 */
@ApplicationScoped
public class PublicationRows {

    /** How many procedures of a scope are active, and how many of those are published complete. */
    public record Published(long active, long complete) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Keeps the procedure's latest publication. Its fees are stated when it lists fee lines or is marked free;
     * an empty list without the free mark means the fees are not entered yet, which is incomplete.
     */
    public void save(ProcedureSnapshot procedure) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO report_procedure_publication (code, field_code, status, version, has_documents,
                         has_processing_time, has_fees, has_legal_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT (code) DO UPDATE SET field_code = EXCLUDED.field_code, status = EXCLUDED.status,
                         version = EXCLUDED.version, has_documents = EXCLUDED.has_documents,
                         has_processing_time = EXCLUDED.has_processing_time, has_fees = EXCLUDED.has_fees,
                         has_legal_basis = EXCLUDED.has_legal_basis""")) {
            upsert.setString(1, procedure.code());
            upsert.setString(2, procedure.fieldCode());
            upsert.setString(3, procedure.status());
            upsert.setLong(4, procedure.version());
            upsert.setBoolean(5, procedure.documents() != null && !procedure.documents().isEmpty());
            upsert.setBoolean(6, procedure.processingTime() != null && procedure.processingTime().unit() != null);
            // the column says "fees stated": fee lines, or the free mark
            upsert.setBoolean(7, procedure.free() || procedure.fees() != null && !procedure.fees().isEmpty());
            upsert.setBoolean(8, procedure.legalBasis() != null && !procedure.legalBasis().isEmpty());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the procedure publication could not be written", e);
        }
    }

    /** The scope's procedures (its field or procedure; units publish none of their own). */
    public Published published(ReportScope scope) {
        StringBuilder sql = new StringBuilder("""
                SELECT count(*) FILTER (WHERE status = 'ACTIVE') AS active,
                       count(*) FILTER (WHERE status = 'ACTIVE' AND has_documents AND has_processing_time AND has_fees
                                        AND has_legal_basis) AS complete
                  FROM report_procedure_publication WHERE TRUE""");
        List<Object> parameters = new ArrayList<>();
        if (scope.field() != null) {
            sql.append(" AND field_code = ?");
            parameters.add(scope.field());
        }
        if (scope.procedure() != null) {
            sql.append(" AND code = ?");
            parameters.add(scope.procedure());
        }
        long[] counts = new long[2];
        ReportQueries.query(dataSource, sql.toString(), parameters, row -> {
            counts[0] = row.getLong("active");
            counts[1] = row.getLong("complete");
        });
        return new Published(counts[0], counts[1]);
    }
}
