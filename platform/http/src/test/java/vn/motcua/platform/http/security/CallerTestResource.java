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
    public record CallerView(String subject, Set<String> roles, String unitCode, boolean actsFor16906,
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
    @Path("/units/16906/queue")
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    public String queueOf16906() {
        caller.requireOfficerOf("16906");
        return "queue of 16906";
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
        return new CallerView(caller.subject(), caller.roles(), caller.unitCode().orElse(null), caller.actsFor("16906"),
                caller.seesWholeProvince());
    }
}
