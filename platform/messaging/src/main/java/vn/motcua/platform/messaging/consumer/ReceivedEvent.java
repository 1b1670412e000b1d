package vn.motcua.platform.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;

/** An event as a handler receives it: already checked to be a CloudEvent whose payload fits its schema. */
public record ReceivedEvent(String topic, String key, EventEnvelope envelope, JsonNode payload, int partition, long offset) {

    /** The payload as one of the contract's records, such as {@code DossierLifecycleEvent}. */
    public <T> T payloadAs(Class<T> type) {
        return EventJson.read(envelope.data(), type);
    }

    public String type() {
        return envelope.type();
    }
}
