package vn.motcua.platform.http.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.StaleObjectStateException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** Endpoints that fail in every way an API can, for the problem+json tests. */
@Path("/api/test/problems")
@PermitAll
public class ProblemTestResource {

    /** Personal data of the kind a careless exception message could carry. */
    public static final String APPLICANT_NAME = "Nguyễn Văn A";
    public static final String APPLICANT_ID_NUMBER = "001203004567";

    public enum Channel { COUNTER, ONLINE, POST }

    public record Applicant(@NotBlank String fullName,
                            @Pattern(regexp = "0[0-9]{9}", message = "must be 10 digits starting with 0") String phone) {
    }

    public record SubmittedDocument(@NotBlank String name, @Min(1) int pages) {
    }

    public record Intake(@NotNull @Valid Applicant applicant,
                         @NotNull Channel channel,
                         @NotEmpty @Valid List<SubmittedDocument> documents,
                         List<@NotBlank String> tags,
                         LocalDate appointment) {
    }

    @POST
    @Path("/intakes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Intake intake(@Valid @NotNull Intake intake) {
        return intake;
    }

    @GET
    @Path("/dossiers")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> dossiers(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return Map.of("page", page, "size", size);
    }

    @GET
    @Path("/dossiers/{id: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> dossier(@PathParam("id") long id) {
        return Map.of("id", id);
    }

    @PUT
    @Path("/dossiers/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> replaceDossier(@PathParam("id") long id, Map<String, Object> dossier) {
        return Map.of("id", id);
    }

    @GET
    @Path("/busy")
    public String busy() {
        throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, 429, "Too many lookups from this address; wait a little.",
                List.of(), Map.of("Retry-After", "30"));
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("could not store applicant " + APPLICANT_NAME + " " + APPLICANT_ID_NUMBER,
                new IllegalArgumentException("duplicate key (citizen_id)=(" + APPLICANT_ID_NUMBER + ")"));
    }

    @GET
    @Path("/stale")
    public String stale() {
        throw new OptimisticLockException("Row was updated by another transaction: " + APPLICANT_NAME);
    }

    @GET
    @Path("/stale-on-commit")
    public String staleOnCommit() {
        // what a commit failure looks like: the lock conflict arrives as the cause of another exception
        throw new IllegalStateException("commit failed", new OptimisticLockException("version 3 expected"));
    }

    @GET
    @Path("/stale-hibernate")
    public String staleHibernate() {
        throw new StaleObjectStateException("Dossier", 42L);
    }

    @GET
    @Path("/problem-in-a-cause")
    public String problemInACause() {
        throw new CompletionException(ProblemException.conflict("Dossier 000.00.17.H56-250701-0001 is already received."));
    }

    @GET
    @Path("/broken-contract")
    @Produces(MediaType.APPLICATION_JSON)
    @NotNull
    public Intake brokenContract() {
        // the server breaks its own promise of a body: not the client's fault
        return null;
    }
}
