package vn.motcua.platform.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;

import java.util.List;
import java.util.UUID;

/** A use case behind HTTP for the tests: one change and its event, written in one transaction. */
@Path("/test/changes/{code}")
@PermitAll
public class TracedChangeResource {

    @Inject
    OutboxFixture fixture;

    /** Returns the id of the event written. */
    @POST
    public String change(@PathParam("code") String code) {
        List<EventEnvelope> written = fixture.commit(code, List.of(LifecycleEvents.received(UUID.randomUUID(), code, 1)));
        return written.get(0).id().toString();
    }
}
