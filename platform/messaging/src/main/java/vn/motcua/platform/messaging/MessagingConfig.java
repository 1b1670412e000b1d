package vn.motcua.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the outbox relay, the consumers and topic creation ({@code motcua.messaging.*}). */
@ConfigMapping(prefix = "motcua.messaging")
public interface MessagingConfig {

    Relay relay();

    Topics topics();

    Consumers consumers();

    /** How often the outbox backlog is measured (metrics and the wellness check). */
    @WithName("monitor-every")
    @WithDefault("5s")
    Duration monitorEvery();

    /** How often sent outbox rows and old inbox entries are deleted. */
    @WithName("purge-every")
    @WithDefault("1h")
    Duration purgeEvery();

    /** The outbox relay that publishes this service's events. */
    interface Relay {
        /** Off only for a service that publishes nothing, or in a test that drives a relay itself. */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for new rows when no NOTIFY wakes it. */
        @WithName("poll-interval")
        @WithDefault("1s")
        Duration pollInterval();

        /** How often a standby replica tries to become the active relay. */
        @WithName("standby-interval")
        @WithDefault("2s")
        Duration standbyInterval();

        /** Rows published per round trip. */
        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** The longest wait between attempts while Kafka or the database is away. */
        @WithName("max-backoff")
        @WithDefault("30s")
        Duration maxBackoff();

        /** How long sent rows are kept before the janitor deletes them. */
        @WithName("sent-retention")
        @WithDefault("P7D")
        Duration sentRetention();

        /** An unsent row older than this makes the outbox wellness check report DOWN. */
        @WithName("alert-age")
        @WithDefault("5m")
        Duration alertAge();
    }

    /** How the topics of the contract are created at start. */
    interface Topics {
        @WithDefault("true")
        boolean create();

        @WithDefault("3")
        int partitions();

        @WithName("replication-factor")
        @WithDefault("1")
        short replicationFactor();
    }

    /** The idempotent consumers of this service. */
    interface Consumers {
        @WithDefault("true")
        boolean enabled();

        /** How long handled event ids are remembered (sequences per key are kept for good). */
        @WithName("inbox-retention")
        @WithDefault("P30D")
        Duration inboxRetention();

        /** The longest wait between attempts when a handler fails for a reason that may pass. */
        @WithName("max-backoff")
        @WithDefault("30s")
        Duration maxBackoff();
    }
}
