package vn.motcua.platform.http.problem;

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

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e.toProblem().withInstance(uri.getPath()), e.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
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
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing is found at " + uri.getPath() + ".";
            case 405 -> "This resource does not accept that method; allowed: " + original.getHeaderString(HttpHeaders.ALLOW) + ".";
            case 406 -> "This resource cannot answer in any of the media types the Accept header lists.";
            case 415 -> "This resource does not accept a body of that Content-Type.";
            default -> original.getStatusInfo().getReasonPhrase();
        };
        Map<String, String> headers = original.getHeaderString(HttpHeaders.ALLOW) == null
                ? Map.of() : Map.of(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
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
        }
        String incident = UUID.randomUUID().toString();
        // messages can quote stored values (personal data), so only types, SQL states and frames are logged
        LOG.errorf("Incident %s on %s: %s", incident, uri.getPath(), RedactedThrowable.describe(e));
        return responses.of(problem(ProblemType.INTERNAL, 500,
                "Something went wrong on our side. Quote incident " + incident + " when you report it.", uri));
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
        String field = JsonPaths.of(e.getPath());
        if (field.isEmpty()) {
            return unreadable("The body does not have the expected shape.", List.of(), uri);
        }
        String message = describe(e);
        return unreadable(field + " " + message + ".", List.of(new FieldError(field, message)), uri);
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            return "must be a valid " + simpleTypeName(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid
                && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be a " + simpleTypeName(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private Response unreadable(String detail, List<FieldError> errors, UriInfo uri) {
        return responses.of(new Problem(ProblemType.MALFORMED_BODY.uri().toString(), ProblemType.MALFORMED_BODY.title(),
                400, detail, uri.getPath(), errors));
    }

    private static Problem problem(ProblemType type, int status, String detail, UriInfo uri) {
        return new Problem(type.uri().toString(), type.title(), status, detail, uri.getPath(), List.of());
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
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
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return type.getSimpleName() + " (ISO-8601)";
        }
        return "JSON object";
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
