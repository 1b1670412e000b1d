package vn.motcua.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;
import vn.motcua.reporting.persistence.PublicationRows;

import java.util.Set;

/**
 * Keeps, per procedure, whether it is active and published with complete information, for the
 * transparency criterion of the Decision 766 index ({@link PublicationRows}).
 */
@ApplicationScoped
public class ProcedurePublication implements EventHandler {

    @Inject
    PublicationRows publications;

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
        publications.save(event.payloadAs(ProcedureSnapshot.class));
    }
}
