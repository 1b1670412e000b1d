package vn.motcua.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the running service says who may call it, run by each service's {@code @QuarkusTest}
 * subclass. The endpoints are not listed by hand: they are the JAX-RS resource classes the running
 * application holds as beans, checked against its OpenAPI document so that none is missed. Each needs
 * {@code @RolesAllowed}, {@code @Authenticated}, {@code @PermissionsAllowed}, {@code @DenyAll} or, for a
 * public one, {@code @PermitAll}, on the method or its class; and every one that is not {@code @PermitAll}
 * answers a caller without a token with 401.
 */
public abstract class EndpointRulesContract {

    private static final List<Class<? extends Annotation>> RULES =
            List.of(PermitAll.class, RolesAllowed.class, Authenticated.class, PermissionsAllowed.class, DenyAll.class);
    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    /** A resource method as the application serves it, with the security rule that applies to it, if any. */
    record Endpoint(String verb, String path, Method method, Optional<Class<? extends Annotation>> rule) {

        @Override
        public String toString() {
            return verb + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    @Test
    void deniesAnyEndpointThatCarriesNoRule() {
        assertThat(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class))
                .as("quarkus.security.jaxrs.deny-unannotated-endpoints")
                .contains(true);
    }

    @Test
    void findsEveryEndpointTheOpenApiDocumentDescribes() {
        Set<String> walked = new TreeSet<>();
        endpoints().forEach(endpoint -> walked.add(endpoint.verb() + " " + endpoint.path()));
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(VERBS::contains)
                .forEach(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + path)));

        assertThat(documented).as("documented endpoints").isNotEmpty();
        assertThat(walked).as("endpoints found among the application's resource classes").containsAll(documented);
    }

    @Test
    void givesEveryEndpointASecurityRule() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).isNotEmpty();
        assertThat(endpoints.stream().filter(endpoint -> endpoint.rule().isEmpty()).map(Endpoint::toString))
                .as("endpoints with none of @RolesAllowed, @Authenticated, @PermissionsAllowed, @DenyAll, @PermitAll")
                .isEmpty();
    }

    @Test
    void refusesACallerWithoutATokenEverywhereButAtPublicEndpoints() {
        List<String> servedAnonymously = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.rule().filter(PermitAll.class::equals).isPresent()) {
                continue;
            }
            RequestSpecification request = given();
            if (Set.of("POST", "PUT", "PATCH").contains(endpoint.verb())) {
                request.contentType(consumed(endpoint.method())).body("{}");
            }
            Response answer = request.when().request(endpoint.verb(), samplePath(endpoint.path()));
            if (answer.statusCode() != 401) {
                servedAnonymously.add(endpoint + " answered " + answer.statusCode());
            }
        }
        assertThat(servedAnonymously).as("endpoints that are not @PermitAll but did not answer 401 without a token")
                .isEmpty();
    }

    /** The resource methods of every {@code @Path} class the running application holds as a bean. */
    private static List<Endpoint> endpoints() {
        Set<Class<?>> resources = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                resources.add(bean.getBeanClass());
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                Optional<String> verb = verb(method);
                if (verb.isEmpty() && !method.isAnnotationPresent(Path.class)) {
                    continue;
                }
                String path = join(resource.getAnnotation(Path.class).value(),
                        Optional.ofNullable(method.getAnnotation(Path.class)).map(Path::value).orElse(""));
                Optional<Class<? extends Annotation>> rule = rule(method).or(() -> rule(resource));
                // a sub-resource locator has no verb of its own; it still needs a rule
                endpoints.add(new Endpoint(verb.orElse("LOCATOR"), path, method, rule));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static Optional<String> verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<? extends Annotation>> rule(AnnotatedElement element) {
        return RULES.stream().filter(element::isAnnotationPresent).findFirst();
    }

    /** The path as OpenAPI writes it: one slash between segments, none at the end, {name} for a template. */
    private static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A concrete URL for a template; "1" suits numeric, textual and code parameters alike. */
    private static String samplePath(String template) {
        return template.replaceAll("\\{\\w+}", "1");
    }

    /** A media type the method reads, so that the request reaches its security check rather than a 415. */
    private static String consumed(Method method) {
        Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(method.getDeclaringClass().getAnnotation(Consumes.class));
        String first = consumes == null || consumes.value().length == 0 ? "" : consumes.value()[0].split(",")[0].strip();
        return first.isEmpty() || first.contains("*") ? "application/json" : first;
    }
}
