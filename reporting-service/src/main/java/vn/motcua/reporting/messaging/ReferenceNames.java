package vn.motcua.reporting.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/** Keeps the names of units, fields and procedures that reports show, from the compacted reference topics. */
@ApplicationScoped
public class ReferenceNames implements EventHandler {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String consumerName() {
        return "reporting-reference-data";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.UNITS.name(), Topics.CATALOG.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            if (UnitSnapshot.TYPE.equals(event.type())) {
                UnitSnapshot unit = event.payloadAs(UnitSnapshot.class);
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO report_unit (code, name, kind, version) VALUES (?, ?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, version = EXCLUDED.version""")) {
                    upsert.setString(1, unit.code());
                    upsert.setString(2, unit.name());
                    upsert.setString(3, unit.kind());
                    upsert.setLong(4, unit.version());
                    upsert.executeUpdate();
                }
            } else if (ProcedureSnapshot.TYPE.equals(event.type())) {
                ProcedureSnapshot procedure = event.payloadAs(ProcedureSnapshot.class);
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO report_procedure (code, name, field_code, field_name, version) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, field_code = EXCLUDED.field_code,
                            field_name = EXCLUDED.field_name, version = EXCLUDED.version""")) {
                    upsert.setString(1, procedure.code());
                    upsert.setString(2, procedure.name());
                    upsert.setString(3, procedure.fieldCode());
                    upsert.setString(4, procedure.fieldName());
                    upsert.setLong(5, procedure.version());
                    upsert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reference names could not be written", e);
        }
    }
}
