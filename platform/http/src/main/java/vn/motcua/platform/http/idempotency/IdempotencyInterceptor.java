package vn.motcua.platform.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.http.security.Caller;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs an {@link Idempotent} resource method inside one transaction together with its idempotency
 * record: the key is claimed first, the method's work joins the transaction, its response is stored,
 * and all commit at once. A failure rolls everything back, the key included, so a retry runs anew.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_LOCATION);
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules()
            .build();

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    SecurityIdentity identity;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @AroundInvoke
    Object aroundIdempotentRequest(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(Idempotent.HEADER, "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
        boolean restResponse = RestResponse.class.isAssignableFrom(invocation.getMethod().getReturnType());
        if (!Response.class.isAssignableFrom(invocation.getMethod().getReturnType()) && !restResponse) {
            throw new IllegalStateException(invocation.getMethod() + " is @Idempotent but does not return a Response");
        }
        String caller = identity.isAnonymous() ? "anonymous" : Caller.subjectOf(identity);
        String method = request.method().name();
        String path = request.uri();
        String hash = hash(method, path, invocation);

        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<IdempotencyRecord> earlier = store.claim(caller, key, method, path, hash, clock.instant());
                if (earlier.isPresent()) {
                    Response replay = replay(earlier.get(), hash);
                    return restResponse ? asRestResponse(replay) : replay;
                }
                // what the method returned, in the type it declares: the caller of this interceptor casts to it
                Object result = proceed(invocation);
                store.answer(caller, key, stored(asResponse(result)));
                return result;
            });
        } catch (ProceedFailure failure) {
            throw failure.checked;
        }
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProceedFailure(e);
        }
    }

    private Response replay(IdempotencyRecord earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, 422,
                    "This Idempotency-Key was first used for " + earlier.requestMethod() + " " + earlier.requestPath()
                            + " with another body; use a new key for a new request.",
                    List.of(new Violation(Idempotent.HEADER, "was already used for a different request")), Map.of());
        }
        StoredResponse stored = earlier.response();
        Response.ResponseBuilder replay = Response.status(stored.status()).header(Idempotent.REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.mediaType());
        }
        stored.headers().forEach(replay::header);
        return replay.build();
    }

    private StoredResponse stored(Response response) {
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

    private static Response asResponse(Object result) {
        return result instanceof RestResponse<?> rest ? rest.toResponse() : (Response) result;
    }

    private static RestResponse<Object> asRestResponse(Response response) {
        RestResponse.ResponseBuilder<Object> rest = RestResponse.ResponseBuilder.create(response.getStatus());
        response.getStringHeaders().forEach((name, values) -> values.forEach(value -> rest.header(name, value)));
        return rest.entity(response.getEntity()).build();
    }

    /** A digest of what makes two requests the same: method, path with query, and the body. */
    private static String hash(String method, String path, InvocationContext invocation) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            Parameter[] parameters = invocation.getMethod().getParameters();
            Object[] values = invocation.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (isBody(parameters[i])) {
                    Object value = values[i];
                    byte[] bytes = value instanceof byte[] raw ? raw
                            : value instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                            : CANONICAL.writeValueAsBytes(value);
                    digest.update(bytes);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("could not hash an idempotent request", e);
        }
    }

    /** The body is the one parameter JAX-RS fills from the entity: it carries no JAX-RS annotation. */
    private static boolean isBody(Parameter parameter) {
        String typePackage = parameter.getType().getPackageName();
        if (typePackage.startsWith("jakarta.ws.rs") || typePackage.startsWith("io.vertx")
                || typePackage.startsWith("org.jboss.resteasy.reactive")) {
            return false;
        }
        for (Annotation annotation : parameter.getAnnotations()) {
            String annotationPackage = annotation.annotationType().getPackageName();
            if (annotationPackage.startsWith("jakarta.ws.rs") || annotationPackage.startsWith("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        return true;
    }

    /** Carries a checked exception of the resource method out of the transaction lambda. */
    private static final class ProceedFailure extends RuntimeException {
        private final Exception checked;

        ProceedFailure(Exception checked) {
            super(checked.getMessage(), checked, false, false);
            this.checked = checked;
        }
    }
}
