package vn.motcua.reporting.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the rebuild of the read models ({@code motcua.rebuild.*}). */
@ConfigMapping(prefix = "motcua.rebuild")
public interface RebuildConfig {

    /**
     * The rebuild keeps chasing the topics' ends until fewer records than this are left, then reads the
     * rest while live writes wait: the smaller, the shorter that wait.
     */
    @WithName("catch-up-lag")
    @WithDefault("1000")
    int catchUpLag();

    /** The longest the swap waits for a lock (live writes, running report queries) before trying again. */
    @WithName("swap-lock-timeout")
    @WithDefault("30s")
    Duration swapLockTimeout();

    /** The longest live writes are held back while the last records are read and the tables swapped. */
    @WithName("swap-deadline")
    @WithDefault("60s")
    Duration swapDeadline();

    /** How many times the swap is tried before the rebuild fails. */
    @WithName("swap-attempts")
    @WithDefault("5")
    int swapAttempts();
}
