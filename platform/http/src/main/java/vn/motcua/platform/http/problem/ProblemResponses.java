package vn.motcua.platform.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Builds {@code application/problem+json} responses; the one place that knows their shape. */
@ApplicationScoped
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Inject
    ObjectMapper json;

    public Response of(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(MEDIA_TYPE).entity(serialise(problem));
        headers.forEach(response::header);
        return response.build();
    }

    public Response of(Problem problem) {
        return of(problem, Map.of());
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // a record of strings and numbers always serialises; this keeps the compiler satisfied
            throw new IllegalStateException("could not serialise a problem", e);
        }
    }
}
