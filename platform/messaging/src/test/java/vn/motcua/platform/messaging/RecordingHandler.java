package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.EventRejectedException;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer of dossier events for the tests: records what it applied. Dossier codes steer it: one
 * starting with {@code REJECT} is rejected while rejection is on, one starting with {@code FLAKY}
 * fails twice for a passing reason before it is applied.
 */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    static final String NAME = "test-recorder";
    static volatile boolean rejecting = true;
    static final ConcurrentHashMap<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.LIFECYCLE.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        DossierLifecycleEvent dossier = event.payloadAs(DossierLifecycleEvent.class);
        if (rejecting && dossier.dossierCode().startsWith("REJECT")) {
            throw new EventRejectedException("dossier code " + dossier.dossierCode() + " is refused by this test");
        }
        if (dossier.dossierCode().startsWith("FLAKY")
                && FAILURES.computeIfAbsent(dossier.eventId().toString(), id -> new AtomicInteger()).incrementAndGet() <= 2) {
            throw new IllegalStateException("a passing failure");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO test_applied (event_id, message_key, sequence, dossier_code) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, dossier.eventId());
            insert.setString(2, event.key());
            insert.setLong(3, dossier.sequence());
            insert.setString(4, dossier.dossierCode());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
