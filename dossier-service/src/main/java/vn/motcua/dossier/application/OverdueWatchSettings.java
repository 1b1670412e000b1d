package vn.motcua.dossier.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the overdue watch runs (docs/dossiers.md, "The overdue watch"). */
@ConfigMapping(prefix = "motcua.dossier.overdue-watch")
public interface OverdueWatchSettings {

    /** Whether the scheduled job runs; tests that drive the watch themselves turn it off. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often it looks, as a Quarkus scheduler interval such as {@code 1m} or {@code 30s}; the
     * {@code @Scheduled} annotation reads the same property.
     */
    @WithDefault("1m")
    String every();

    /** Dossiers per transaction: a large backlog (after an outage) is worked off in several commits. */
    @WithDefault("100")
    int batchSize();
}
