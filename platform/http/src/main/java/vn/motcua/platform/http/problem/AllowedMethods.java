package vn.motcua.platform.http.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110, 15.5.6):
 * Quarkus REST raises its 405 without one. Read once from the resource classes, which are beans.
 */
@ApplicationScoped
class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** The methods that {@code path} (relative to the REST root, as UriInfo gives it) answers. */
    Optional<String> at(String path) {
        String normalised = normalise(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        List<Route> current = routes;
        if (current == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = findPath(type);
                if (root != null) {
                    for (Method method : methodsOf(type)) {
                        String httpMethod = httpMethod(method);
                        if (httpMethod != null) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())), httpMethod));
                        }
                    }
                }
            }
            current = List.copyOf(found);
            routes = current;
        }
        return current;
    }

    private static Path findPath(Class<?> type) {
        for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate.getSuperclass()) {
            if (candidate.isAnnotationPresent(Path.class)) {
                return candidate.getAnnotation(Path.class);
            }
            for (Class<?> contract : candidate.getInterfaces()) {
                if (contract.isAnnotationPresent(Path.class)) {
                    return contract.getAnnotation(Path.class);
                }
            }
        }
        return null;
    }

    private static Set<Method> methodsOf(Class<?> type) {
        Set<Method> methods = new LinkedHashSet<>();
        for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate.getSuperclass()) {
            methods.addAll(List.of(candidate.getDeclaredMethods()));
            for (Class<?> contract : candidate.getInterfaces()) {
                methods.addAll(List.of(contract.getDeclaredMethods()));
            }
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {@code {code}} and {@code {id: [0-9]+}}. */
    static Pattern template(String path) {
        String normalised = normalise(path);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < normalised.length()) {
            int open = normalised.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(normalised.substring(at)));
                break;
            }
            regex.append(Pattern.quote(normalised.substring(at, open)));
            int close = open;
            for (int depth = 0; close < normalised.length(); close++) {
                char c = normalised.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = normalised.substring(open + 1, Math.min(close, normalised.length()));
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
            at = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    private static String normalise(String path) {
        String single = ("/" + path).replaceAll("/{2,}", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
