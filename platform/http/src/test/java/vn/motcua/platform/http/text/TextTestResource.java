package vn.motcua.platform.http.text;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Endpoints that echo the text they were given, as the resources under it receive it. */
@Path("/api/test/text")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TextTestResource {

    public record Applicant(String fullName, List<String> aliases, Map<String, Object> extra) {
    }

    public record Note(String text, Applicant applicant) {
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note note(Note note) {
        return note;
    }

    @GET
    @Path("/echo/{segment}")
    public Map<String, String> echo(@PathParam("segment") String segment, @QueryParam("q") String q,
                                    @QueryParam("other") String other) {
        return Map.of("segment", segment, "q", q == null ? "" : q, "other", other == null ? "" : other);
    }
}
