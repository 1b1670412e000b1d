package vn.motcua.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;
import vn.motcua.reporting.persistence.ReferenceNameRows;

import java.util.Set;

/** Keeps the names of units, fields and procedures that reports show, from the compacted reference topics. */
@ApplicationScoped
public class ReferenceNames implements EventHandler {

    @Inject
    ReferenceNameRows names;

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
        if (UnitSnapshot.TYPE.equals(event.type())) {
            names.save(event.payloadAs(UnitSnapshot.class));
        } else if (ProcedureSnapshot.TYPE.equals(event.type())) {
            names.save(event.payloadAs(ProcedureSnapshot.class));
        }
    }
}
