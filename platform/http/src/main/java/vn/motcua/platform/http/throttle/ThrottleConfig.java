package vn.motcua.platform.http.throttle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How anonymous callers of the public endpoints are throttled ({@code motcua.throttle.*}). */
@ConfigMapping(prefix = "motcua.throttle")
public interface ThrottleConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client address may make in a burst. */
    @WithDefault("120")
    int burst();

    /** Requests per minute a client address may make on average. */
    @WithName("per-minute")
    @WithDefault("600")
    int perMinute();

    /** How many times larger the bucket of calls that carry a bearer token is. */
    @WithName("with-token-factor")
    @WithDefault("10")
    int withTokenFactor();
}
