package vn.motcua.dossier.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.LookupThrottle;
import vn.motcua.dossier.application.PublicDossier;
import vn.motcua.dossier.application.PublicDossierService;
import vn.motcua.dossier.application.PublicOutcome;
import vn.motcua.dossier.application.RatingReceipt;
import vn.motcua.dossier.domain.lifecycle.Rating;
import vn.motcua.dossier.domain.lookup.LookupPins;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.http.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a citizen does with the code and PIN of their receipt, without an account: look the dossier up,
 * download its electronic result and rate it. The PIN travels only in request bodies. These POSTs take no Idempotency-Key: a lookup
 * changes nothing, a rating is accepted once anyway, and an idempotency record would keep a fast,
 * unsalted digest of the body, PIN included.
 */
@Path("/api/v1/public")
@Tag(name = "Public lookup and rating", description = "Citizens follow and rate their dossier with the code and PIN of the receipt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String NO_STORE = "no-store";
    private static final int MAX_CODE = 64;

    @Inject
    PublicDossierService dossiers;

    @Inject
    Caller caller;

    @POST
    @Path("/lookup")
    @Operation(summary = "Look a dossier up with its code and PIN", description = """
            No login. Answers the dossier's status, procedure, dates and, while a supplement is requested, what is
            missing; never personal data. A wrong code and a wrong PIN get the same 404 after the same work, so the
            answer does not tell whether a code exists. After 5 failures in 15 minutes for one code (even with the
            right PIN afterwards) or 20 from one client address, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "The dossier", content = @Content(schema = @Schema(implementation = LookupView.class)))
    @APIResponse(responseCode = "400", description = "code or pin missing or malformed (each is named)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "A token was sent and is not valid (none is needed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No dossier matches this code and PIN (the same for a wrong code and a wrong PIN)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this code or from this address",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response lookup(LookupRequest request, @Context HttpServerRequest http) {
        refuseInvalidTokens();
        CodeAndPin typed = codeAndPin(request);
        PublicDossier dossier = answer(dossiers.lookup(typed.code(), typed.pin(), client(http)));
        return Response.ok(LookupView.of(dossier)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("/rating")
    @Operation(summary = "Rate a returned dossier", description = """
            No login; the code and PIN of the receipt prove the right to rate. Once per dossier, after its result was
            handed over (RETURNED). The score (1-5) is published with the dossier's `rated` event; the comment stays in
            dossier-service. A wrong code or PIN gets the same 404 as the lookup, and counts toward the same throttle.""")
    @APIResponse(responseCode = "200", description = "Rated", content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "score not from 1 to 5, comment over 1000 characters, code or pin missing (each is named)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "A token was sent and is not valid (none is needed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No dossier matches this code and PIN",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not returned yet, or rated already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this code or from this address",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response rate(RatingRequest request, @Context HttpServerRequest http) {
        refuseInvalidTokens();
        if (request == null) {
            throw ProblemException.invalid("body", "is required: {\"code\": ..., \"pin\": ..., \"score\": 1-5}");
        }
        List<Violation> errors = new ArrayList<>();
        String code = code(request.code(), errors);
        String pin = pin(request.pin(), errors);
        Rating.problems(request.score(), request.comment()).forEach(p -> errors.add(new Violation(p.field(), p.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RatingReceipt rated = answer(dossiers.rate(code, pin, request.score(), request.comment(), client(http)));
        return Response.ok(RatingView.of(rated)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("/result")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the dossier's electronic result with its code and PIN", description = """
            No login; the code and PIN travel in the body, never in a URL. Once the dossier is resolved with a stored
            result file, answers the PDF (`ket-qua-<code>.pdf`). The lookup says whether it is signed; an unsigned file is
            a copy. A wrong code or PIN gets the lookup's 404 and counts toward the same throttle.""")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "400", description = "code or pin missing or malformed (each is named)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No dossier matches this code and PIN; or it was resolved with its result on paper",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not resolved yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this code or from this address",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response result(LookupRequest request, @Context HttpServerRequest http) {
        refuseInvalidTokens();
        CodeAndPin typed = codeAndPin(request);
        return Downloads.of(answer(dossiers.result(typed.code(), typed.pin(), client(http))), "private, " + NO_STORE);
    }

    /**
     * No token is needed here, but one that is sent must be valid (401 otherwise): the platform's anonymous
     * throttle spares every request with an Authorization header, and a made-up one must not buy that.
     */
    private void refuseInvalidTokens() {
        caller.isAuthenticated();
    }

    private static <T> T answer(PublicOutcome<T> outcome) {
        if (outcome.answer().isPresent()) {
            return outcome.answer().get();
        }
        if (outcome.refusal().isPresent()) {
            LookupThrottle.Refusal refusal = outcome.refusal().get();
            long seconds = Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
            String who = refusal.scope() == LookupThrottle.Scope.CODE ? "for this dossier code" : "from your address";
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, 429, "Too many failed attempts " + who
                    + "; try again in " + seconds + " s.", List.of(), Map.of("Retry-After", Long.toString(seconds)));
        }
        // one answer for a wrong code and a wrong PIN: telling them apart would let anyone list the codes in use
        throw new ProblemException(ProblemType.NOT_FOUND, "No dossier matches this code and PIN; check both against the receipt (Mẫu 01).");
    }

    /** The code and PIN as typed, checked and normalised. */
    private record CodeAndPin(String code, String pin) {
    }

    /** The code and PIN of a lookup's body, or 400 naming each that is missing or malformed (never echoing it). */
    private static CodeAndPin codeAndPin(LookupRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required: {\"code\": ..., \"pin\": ...}");
        }
        List<Violation> errors = new ArrayList<>();
        String code = code(request.code(), errors);
        String pin = pin(request.pin(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CodeAndPin(code, pin);
    }

    private static String code(String code, List<Violation> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new Violation("code", "is required: the dossier code on the receipt"));
            return null;
        }
        if (code.strip().length() > MAX_CODE) {
            errors.add(new Violation("code", "must be at most " + MAX_CODE + " characters"));
            return null;
        }
        // codes are upper case (000.16.906.H40-250707-0001); a citizen may type them otherwise
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static String pin(String pin, List<Violation> errors) {
        String digits = pin == null ? null : pin.strip();
        if (digits == null || !LookupPins.FORMAT.matcher(digits).matches()) {
            // the message never repeats what was typed
            errors.add(new Violation("pin", "is required: the digits of the PIN on the receipt"));
            return null;
        }
        return digits;
    }

    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
    }
}
