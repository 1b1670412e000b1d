package vn.motcua.platform.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.security.Caller;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HTTP side of an {@link Idempotent} endpoint: it checks the {@code Idempotency-Key}, hashes the
 * request, and answers a key that a committed request already answered with that answer (or 422 for
 * another request) without running anything. Otherwise it hands the request to {@link Idempotency}, and
 * the use case claims the key and stores its answer inside its own transaction
 * ({@link IdempotencyParticipant}). It opens no transaction itself.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
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
    StoredResponses responses;

    @Inject
    Idempotency idempotency;

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
        String hash = hash(request.method().name(), request.uri(), invocation);

        Optional<IdempotencyRecord> earlier = store.find(caller, key);
        if (earlier.isPresent()) {
            responses.requireSameRequest(earlier.get(), hash);
            return responses.replay(earlier.get().response(), restResponse);
        }
        idempotency.expect(new IdempotentRequest(caller, key, request.method().name(), request.uri(), hash));
        try {
            Object result = invocation.proceed();
            if (!idempotency.wasAnswered()) {
                throw new IllegalStateException(invocation.getMethod() + " is @Idempotent but answered without"
                        + " Idempotency.respond and an @IdempotentUseCase");
            }
            return result;
        } catch (Replayed replayed) {
            // a request with the same key committed while this one waited for the key
            return responses.replay(replayed.response(), restResponse);
        }
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
}
