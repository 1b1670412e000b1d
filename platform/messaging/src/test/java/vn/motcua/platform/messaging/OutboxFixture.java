package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.outbox.OutboxWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Changes with events, as a service's use cases make them. */
@ApplicationScoped
public class OutboxFixture {

    @Inject
    OutboxWriter outbox;

    @Inject
    AgroalDataSource dataSource;

    /** Writes the events and a row of its own in one transaction; returns the envelopes written. */
    @Transactional
    public List<EventEnvelope> commit(String label, List<DossierLifecycleEvent> events) {
        change(label);
        List<EventEnvelope> written = new ArrayList<>();
        for (DossierLifecycleEvent event : events) {
            written.add(outbox.append(Topics.LIFECYCLE, event.dossierId().toString(), event.eventId(), event.cloudEventType(),
                    event.dossierCode(), event));
        }
        return written;
    }

    /** Writes the events, then fails: the transaction rolls back. */
    @Transactional
    public void failAfterWriting(String label, List<DossierLifecycleEvent> events) {
        commit(label, events);
        throw new IllegalStateException("the use case failed after writing its events");
    }

    private void change(String label) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO test_change (label) VALUES (?)")) {
            insert.setString(1, label);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
