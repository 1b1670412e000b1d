package vn.motcua.platform.events;

import java.util.Map;

/**
 * A topic of the event contract and the settings it is created with. The services create their
 * topics at start from these; a broker never creates a topic on its own.
 */
public record TopicSpec(String name, String cleanupPolicy, long retentionMs, String keyDescription) {

    public static final long FOREVER = -1L;

    /** The topic settings that are part of the contract (partitions and replicas are deployment settings). */
    public Map<String, String> configs() {
        return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", Long.toString(retentionMs));
    }

    public boolean isCompacted() {
        return cleanupPolicy.contains("compact");
    }
}
