package vn.motcua.reporting.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service names who may call it (roles, any authenticated caller, or anyone), on the
 * method or its class: with unannotated endpoints denied, one without would answer 403 to everybody.
 */
class EndpointsCarrySecurityRuleTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);
    private static final List<Class<? extends Annotation>> RULES = List.of(RolesAllowed.class, PermitAll.class,
            Authenticated.class, DenyAll.class);

    @Test
    void everyEndpointMethodOfTheApiPackageCarriesASecurityRule() throws Exception {
        List<String> endpoints = new ArrayList<>();
        List<String> unruled = new ArrayList<>();
        for (Class<?> resource : classesOfThisPackage()) {
            if (!resource.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                endpoints.add(name);
                if (!ruled(method) && !ruled(resource)) {
                    unruled.add(name);
                }
            }
        }
        assertThat(endpoints).contains("ReportResource.summary", "LiveFeedResource.stream", "RebuildResource.start");
        assertThat(unruled).as("endpoints without a security rule").isEmpty();
    }

    private static boolean ruled(AnnotatedElement element) {
        return RULES.stream().anyMatch(element::isAnnotationPresent);
    }

    private static List<Class<?>> classesOfThisPackage() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(EndpointsCarrySecurityRuleTest.class.getResource("ReportResource.class").toURI()).getParent();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                classes.add(Class.forName(EndpointsCarrySecurityRuleTest.class.getPackageName() + "." + simple));
            }
        }
        return classes;
    }
}
