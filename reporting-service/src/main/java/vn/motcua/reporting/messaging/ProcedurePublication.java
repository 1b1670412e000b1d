package vn.motcua.reporting.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * Keeps, per procedure, whether it is active and published with complete information, for the
 * transparency criterion of the Decision 766 index. A free procedure is complete when it states a fee of
 * 0: an empty fee list says nothing to the citizen.
 */
@ApplicationScoped
public class ProcedurePublication implements EventHandler {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String consumerName() {
        return "reporting-procedure-publication";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CATALOG.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!ProcedureSnapshot.TYPE.equals(event.type())) {
            return;
        }
        ProcedureSnapshot procedure = event.payloadAs(ProcedureSnapshot.class);
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
            upsert.setBoolean(7, procedure.fees() != null && !procedure.fees().isEmpty());
            upsert.setBoolean(8, procedure.legalBasis() != null && !procedure.legalBasis().isEmpty());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the procedure publication could not be written", e);
        }
    }
}
