package vn.motcua.platform.http.problem;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps every exception an API can raise to RFC 9457 problem+json: validation with the fields that
 * broke a rule, unreadable bodies, authentication and authorization, concurrent edits, framework
 * HTTP errors, and unexpected failures (an incident id, never a stack trace or a message that could
 * carry personal data).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemResponses responses;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e.toProblem().withInstance(uri.getPath()), e.headers());
    }

    @ServerExceptionMapper
    public Response refusal(Refusal e, UriInfo uri) {
        return problem(ProblemException.of(e), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        // a rule broken by what a method returns is the server's fault, not the request's
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::onReturnValue)) {
            return unexpected(e, uri);
        }
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return responses.of(ProblemException.invalid(errors).toProblem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return unreadable("The body is not well-formed JSON" + where + ".", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return responses.of(problem(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.status(),
                "Your role or unit does not allow this request.", uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return unreadableField(mapping, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405) {
            // Quarkus REST raises its 405 without the Allow header that RFC 9110 requires of it
            allow = allowedMethods.at(uri.getPath()).orElse(null);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing is found at " + uri.getPath() + ".";
            case 405 -> allow == null ? "This resource does not accept that method."
                    : "This resource does not accept that method; allowed: " + allow + ".";
            case 406 -> "This resource cannot answer in any of the media types the Accept header lists.";
            case 415 -> "This resource does not accept a body of that Content-Type.";
            default -> original.getStatusInfo().getReasonPhrase();
        };
        Map<String, String> headers = allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
        return responses.of(problem(type, status, detail, uri), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentModification(uri);
            }
            if (cause instanceof ProblemException problem && cause != e) {
                return problem(problem, uri);
            }
            if (cause instanceof Refusal refusal && cause != e) {
                return refusal(refusal, uri);
            }
            if (cause instanceof SQLException sql && isPoolExhausted(sql)) {
                return atCapacity(uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        // messages can quote stored values (personal data), so only types, SQL states and frames are logged
        LOG.errorf("Incident %s on %s: %s", incident, uri.getPath(), RedactedThrowable.describe(e));
        return responses.of(problem(ProblemType.INTERNAL, 500,
                "Something went wrong on our side. Quote incident " + incident + " when you report it.", uri));
    }

    /**
     * Agroal's connection pool gave no connection within its acquisition timeout: the service is at
     * capacity, not broken. Agroal has no exception type of its own for it, only this message.
     */
    private static boolean isPoolExhausted(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Sorry, acquisition timeout");
    }

    /** 503 with Retry-After, so that clients and load balancers retry instead of reporting a failure. */
    private Response atCapacity(UriInfo uri) {
        LOG.debugf("No database connection within the acquisition timeout on %s: answered 503", uri.getPath());
        return responses.of(problem(ProblemType.SERVICE_UNAVAILABLE, 503,
                "The service is at capacity right now; retry in a moment.", uri), Map.of(HttpHeaders.RETRY_AFTER, "1"));
    }

    private Response unauthenticated(UriInfo uri) {
        return responses.of(problem(ProblemType.UNAUTHENTICATED, 401,
                "Send a valid bearer token in the Authorization header.", uri), Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    private Response concurrentModification(UriInfo uri) {
        return responses.of(problem(ProblemType.CONCURRENT_MODIFICATION, 409,
                "Someone else changed this resource at the same time; read it again and retry.", uri));
    }

    private Response unreadableField(JsonMappingException e, UriInfo uri) {
        // a syntax error inside a nested object reaches us wrapped, with the path of that object
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
        }
        String field = JsonPaths.of(e.getPath());
        if (field.isEmpty()) {
            return unreadable("The body does not have the expected shape.", List.of(), uri);
        }
        String message = describe(e);
        return unreadable(field + " " + message + ".", List.of(new Violation(field, message)), uri);
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            return "must be " + expected(format.getTargetType(), true);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid
                && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + expected(mismatch.getTargetType(), false);
        }
        return "has an invalid value";
    }

    private Response unreadable(String detail, List<Violation> errors, UriInfo uri) {
        return responses.of(new Problem(ProblemType.MALFORMED_BODY.uri().toString(), ProblemType.MALFORMED_BODY.title(),
                400, detail, uri.getPath(), errors));
    }

    private static Problem problem(ProblemType type, int status, String detail, UriInfo uri) {
        return new Problem(type.uri().toString(), type.title(), status, detail, uri.getPath(), List.of());
    }

    /** What a field of this type must be, as a phrase with its article: "a valid number", "an array". */
    private static String expected(Class<?> type, boolean valid) {
        String prefix = valid ? "a valid " : "a ";
        if (type == null) {
            return valid ? "a valid value" : "another kind of value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return names.toString();
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return prefix + "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return prefix + "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return valid ? "a valid array" : "an array";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return prefix + type.getSimpleName() + " (ISO-8601)";
        }
        return prefix + "JSON object";
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (kind == ElementKind.PROPERTY) {
                    path.append(path.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        // a rule on a body's field names the field; a rule on a query or path parameter names the parameter
        if (path.length() > 0) {
            return path.toString();
        }
        return parameter != null ? parameter : "body";
    }
}
