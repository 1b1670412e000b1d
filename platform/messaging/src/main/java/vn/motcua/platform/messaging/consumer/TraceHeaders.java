package vn.motcua.platform.messaging.consumer;

import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the W3C trace context ({@code traceparent}, {@code tracestate}) from a Kafka record's headers. */
final class TraceHeaders implements TextMapGetter<Headers> {

    static final TraceHeaders INSTANCE = new TraceHeaders();

    private TraceHeaders() {
    }

    @Override
    public Iterable<String> keys(Headers headers) {
        List<String> keys = new ArrayList<>();
        headers.forEach(header -> keys.add(header.key()));
        return keys;
    }

    @Override
    public String get(Headers headers, String key) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
    }
}
