package vn.motcua.platform.http.time;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Reads time the way every service must: from the injected {@link Clock}. */
@Path("/api/test/clock")
@PermitAll
public class ClockTestResource {

    /** What the clock said. */
    public record Now(Instant instant, ZoneId zone) {
    }

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Now now() {
        return new Now(clock.instant(), clock.getZone());
    }
}
