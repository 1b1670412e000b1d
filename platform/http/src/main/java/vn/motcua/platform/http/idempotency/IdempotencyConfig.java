package vn.motcua.platform.http.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long idempotency keys are remembered. */
@ConfigMapping(prefix = "motcua.idempotency")
public interface IdempotencyConfig {

    /** A retry later than this after the first request is treated as a new request. */
    @WithDefault("PT24H")
    Duration retention();
}
