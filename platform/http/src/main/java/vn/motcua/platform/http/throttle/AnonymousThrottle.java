package vn.motcua.platform.http.throttle;

import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.platform.http.problem.Problem;
import vn.motcua.platform.http.problem.ProblemResponses;
import vn.motcua.platform.http.problem.ProblemType;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Throttles anonymous callers of the API (the public catalogue, boards, QR codes, citizen lookup and
 * rating) per client address: a token bucket of {@code burst} requests refilled at {@code per-minute}.
 * Over it, 429 problem+json with Retry-After. Calls with a bearer token count in a separate bucket
 * {@code with-token-factor} times as large (officers of one centre share an address); the {@code /q/}
 * endpoints (health, metrics, OpenAPI) are not throttled. Behind a reverse proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so the client's own address is used. The buckets
 * live in each replica's memory: N replicas allow N times the rate.
 */
@ApplicationScoped
public class AnonymousThrottle {

    @Inject
    ThrottleConfig config;

    @Inject
    ProblemResponses responses;

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::throttle);
        }
    }

    private void throttle(RoutingContext context) {
        if (context.request().remoteAddress() == null) {
            context.next();
            return;
        }
        long now = System.nanoTime();
        // A bearer token is checked only by endpoints that need one, after this filter: a made-up header must
        // not lift the limit, so callers with a token get a bucket of their own, ten times as large.
        boolean bearer = context.request().getHeader("Authorization") != null;
        int factor = bearer ? config.withTokenFactor() : 1;
        String client = (bearer ? "token " : "") + context.request().remoteAddress().host();
        long wait = buckets.computeIfAbsent(client,
                        address -> new TokenBucket(config.burst() * factor, config.perMinute() * factor / 60.0, now))
                .take(now);
        if (wait == 0) {
            context.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1);
        Problem problem = new Problem(ProblemType.TOO_MANY_REQUESTS.uri().toString(), ProblemType.TOO_MANY_REQUESTS.title(),
                429, "Too many requests from your address; try again in " + seconds + " s.", context.normalizedPath(), List.of());
        context.response().setStatusCode(429)
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(seconds))
                .end((String) responses.of(problem).getEntity());
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(entry -> entry.getValue().isFullAt(now));
    }
}
