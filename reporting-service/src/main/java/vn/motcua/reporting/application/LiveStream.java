package vn.motcua.reporting.application;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import vn.motcua.reporting.persistence.LiveSnapshot;

import java.util.function.Function;

/**
 * One open live-feed stream: the connection to one dashboard. Sends are serialised and never go
 * backwards: an event whose id is not above the last one sent (an older count that lost a race with a
 * newer one) is dropped, so ids on a stream always increase.
 */
final class LiveStream {

    static final String EVENT_NAME = "counters";

    private final SseEventSink sink;
    private final Sse sse;
    private final String subject;
    private final String scope;
    private final long openedAt;
    private final long reconnectDelayMillis;
    private long lastId;
    private boolean sentFirst;
    private volatile boolean closed;

    LiveStream(SseEventSink sink, Sse sse, String subject, String scope, long openedAt, long reconnectDelayMillis) {
        this.sink = sink;
        this.sse = sse;
        this.subject = subject;
        this.scope = scope;
        this.openedAt = openedAt;
        this.reconnectDelayMillis = reconnectDelayMillis;
    }

    String subject() {
        return subject;
    }

    /** The unit the stream covers, or {@link LiveFeed#PROVINCE}. */
    String scope() {
        return scope;
    }

    long openedAt() {
        return openedAt;
    }

    boolean isClosed() {
        return closed || sink.isClosed();
    }

    /** Sends the snapshot unless a newer one was sent; returns false once the stream is closed. */
    synchronized boolean send(LiveSnapshot snapshot, Function<LiveSnapshot, String> json) {
        if (isClosed()) {
            return false;
        }
        if (sentFirst && snapshot.id() <= lastId) {
            return true;
        }
        OutboundSseEvent.Builder event = sse.newEventBuilder()
                .id(Long.toString(snapshot.id()))
                .name(EVENT_NAME)
                .data(String.class, json.apply(snapshot));
        if (!sentFirst) {
            event.reconnectDelay(reconnectDelayMillis);
        }
        lastId = snapshot.id();
        sentFirst = true;
        return write(event.build());
    }

    /** A comment line that keeps proxies from closing an idle connection; EventSource ignores it. */
    synchronized boolean heartbeat() {
        return !isClosed() && write(sse.newEventBuilder().comment("keep-alive").build());
    }

    synchronized void close() {
        closed = true;
        try {
            sink.close();
        } catch (RuntimeException e) {
            // the connection is gone already
        }
    }

    private boolean write(OutboundSseEvent event) {
        try {
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    closed = true;
                }
            });
            return true;
        } catch (RuntimeException e) {
            // the client went away between the check and the send
            closed = true;
            return false;
        }
    }
}
