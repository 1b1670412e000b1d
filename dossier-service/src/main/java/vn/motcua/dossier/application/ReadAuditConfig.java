package vn.motcua.dossier.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long audited reads are kept (docs/files.md, docs/configuration.md). */
@ConfigMapping(prefix = "motcua.audit")
public interface ReadAuditConfig {

    /** Two years by default. */
    @WithDefault("P730D")
    Duration retention();

    /** How often the purge runs (a Quarkus scheduler period, such as 24h). */
    @WithDefault("24h")
    String purgeEvery();
}
