package vn.motcua.platform.messaging.consumer;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a dead-letter replay did: how many of the consumer's dead letters it examined and what became
 * of each (handled now, duplicates, stale, or dead-lettered again with a new reason).
 */
public record ReplayReport(String consumer, int examined, Map<Outcome, Integer> outcomes) {

    static ReplayReport empty(String consumer) {
        return new ReplayReport(consumer, 0, new EnumMap<>(Outcome.class));
    }

    ReplayReport with(Outcome outcome) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.putAll(outcomes);
        counts.merge(outcome, 1, Integer::sum);
        return new ReplayReport(consumer, examined + 1, counts);
    }
}
