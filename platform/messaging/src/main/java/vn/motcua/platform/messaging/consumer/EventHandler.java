package vn.motcua.platform.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Something a service does with the events of one or more topics. Implement it as a CDI bean and the
 * platform runs it as an idempotent consumer: each event reaches {@link #handle} at most once for good
 * (duplicates and events older than what was applied for their key are skipped), inside a transaction
 * that also records the event, and offsets are committed only after that transaction commits.
 */
public interface EventHandler {

    /** Names the consumer group and this consumer's records; never change it once deployed. */
    String consumerName();

    Set<String> topics();

    /**
     * The number that orders the events of one key: {@code sequence} for dossier events, {@code version}
     * for snapshots. An event whose number is not above the last applied one for its key is skipped.
     */
    default OptionalLong orderOf(JsonNode payload) {
        for (String field : new String[] {"sequence", "version"}) {
            JsonNode value = payload.get(field);
            if (value != null && value.canConvertToLong()) {
                return OptionalLong.of(value.asLong());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Applies the event, inside the transaction that records it. Throw {@link EventRejectedException}
     * for an event that can never be applied (it goes to the dead-letter topic); any other exception is
     * taken as passing (the database is away, say) and the event is retried.
     */
    void handle(ReceivedEvent event);
}
