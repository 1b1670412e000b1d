package vn.motcua.platform.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.rules.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an endpoint's answer into what the key table keeps, and a kept answer back into a response. */
@ApplicationScoped
class StoredResponses {

    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_LOCATION);

    @Inject
    ObjectMapper json;

    /** The same key with another request: 422, and nothing runs. */
    void requireSameRequest(IdempotencyRecord earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, 422,
                    "This Idempotency-Key was first used for " + earlier.requestMethod() + " " + earlier.requestPath()
                            + " with another body; use a new key for a new request.",
                    List.of(new Violation(Idempotent.HEADER, "was already used for a different request")), Map.of());
        }
    }

    /** The first answer again, marked as a replay, in the type the endpoint declares. */
    Object replay(StoredResponse stored, boolean restResponse) {
        Response.ResponseBuilder replay = Response.status(stored.status()).header(Idempotent.REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.mediaType());
        }
        stored.headers().forEach(replay::header);
        Response response = replay.build();
        if (!restResponse) {
            return response;
        }
        RestResponse.ResponseBuilder<Object> rest = RestResponse.ResponseBuilder.create(response.getStatus());
        response.getStringHeaders().forEach((name, values) -> values.forEach(value -> rest.header(name, value)));
        return rest.entity(response.getEntity()).build();
    }

    /** What is kept of an answer: status, the headers a replay needs, the body as JSON or text. */
    StoredResponse stored(Object answer) {
        Response response = answer instanceof RestResponse<?> rest ? rest.toResponse() : (Response) answer;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Object entity = response.getEntity();
        String body;
        try {
            body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an idempotent response could not be stored", e);
        }
        String mediaType = response.getMediaType() != null ? response.getMediaType().toString()
                : body == null ? null : "application/json";
        return new StoredResponse(response.getStatus(), mediaType, headers, body);
    }
}
