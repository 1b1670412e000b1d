package vn.motcua.platform.http.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with 413 problem+json,
 * before it is read. The HTTP layer would refuse it too, but with an empty 413 that the REST mappers
 * never see. (A chunked body without Content-Length that grows too large still gets that bare 413.)
 */
@ApplicationScoped
public class OversizedBodies {

    @Inject
    ProblemResponses responses;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (declaredLength(context.request().getHeader("Content-Length")) <= max) {
                context.next();
                return;
            }
            Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri().toString(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                    413, "The request body is larger than " + readable(max) + "; send a smaller one.",
                    context.normalizedPath(), List.of());
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end((String) responses.of(problem).getEntity());
        });
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
