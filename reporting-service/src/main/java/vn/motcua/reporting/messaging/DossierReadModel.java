package vn.motcua.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;
import vn.motcua.reporting.persistence.DossierRows;

import java.util.Set;

/**
 * Keeps one row per dossier from the lifecycle events. Each event is a full snapshot, and the platform's
 * consumer drops duplicates and events older than the one applied, so a row is simply replaced; only the
 * dates of refusal and withdrawal, which the snapshot does not carry, come from the event's time and are
 * kept once set. A change is announced to the live feed.
 */
@ApplicationScoped
public class DossierReadModel implements EventHandler {

    @Inject
    DossierRows dossiers;

    @Override
    public String consumerName() {
        return "reporting-dossiers";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.LIFECYCLE.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        dossiers.save(event.payloadAs(DossierLifecycleEvent.class));
    }
}
