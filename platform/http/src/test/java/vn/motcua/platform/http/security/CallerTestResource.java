package vn.motcua.platform.http.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/** Endpoints that ask {@link Caller} the questions use cases ask: role, unit, scope. */
@Path("/api/test/callers")
public class CallerTestResource {

    /** What {@link Caller} answered about the bearer of a token. */
    public record CallerView(String subject, Set<String> roles, String unitCode, boolean actsFor17185,
                             boolean seesWholeProvince) {
    }

    @Inject
    Caller caller;

    @GET
    @Path("/officer-desk")
    @RolesAllowed(Roles.OFFICER)
    @Produces(MediaType.APPLICATION_JSON)
    public CallerView officerDesk() {
        return view();
    }

    @GET
    @Path("/whoever")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public CallerView whoever() {
        return view();
    }

    @GET
    @Path("/units/17185/queue")
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    public String queueOf17185() {
        caller.requireOfficerOf("17185");
        return "queue of 17185";
    }

    @GET
    @Path("/dossiers/received-by/{receiving}/handled-by/{competent}")
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    public String dossierOf(@PathParam("receiving") String receiving, @PathParam("competent") String competent) {
        caller.requireOfficerOf(receiving, competent);
        return "dossier of " + receiving + " and " + competent;
    }

    private CallerView view() {
        return new CallerView(caller.subject(), caller.roles(), caller.unitCode().orElse(null), caller.actsFor("17185"),
                caller.seesWholeProvince());
    }
}
