package vn.motcua.platform.events;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The CloudEvents 1.0 attributes of one event and its JSON payload.
 *
 * @param source      the producing service, such as {@code /motcua/dossier-service}
 * @param subject     what the event is about, for people: the dossier code, procedure code or unit code
 * @param traceparent the W3C trace context of the change that caused the event, if any
 */
public record EventEnvelope(
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        byte[] data,
        Optional<String> traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String TRACEPARENT_HEADER = "traceparent";

    /** The CloudEvents source of a MotCua service. */
    public static String sourceOf(String service) {
        return "/motcua/" + service;
    }
}
