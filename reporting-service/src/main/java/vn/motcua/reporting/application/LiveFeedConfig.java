package vn.motcua.reporting.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the live feed ({@code motcua.stream.*}). */
@ConfigMapping(prefix = "motcua.stream")
public interface LiveFeedConfig {

    /** How long a ticket opens streams: long enough to open one, short enough that a leaked URL soon stops working. */
    @WithName("ticket-ttl")
    @WithDefault("60s")
    Duration ticketTtl();

    /** How often an idle stream gets a comment, so proxies and browsers keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Changes within this window are pushed together, so a burst of events costs one count per scope. */
    @WithDefault("500ms")
    Duration coalesce();

    /** How often every watched scope is counted anyway: dossiers become overdue, and days end, without an event. */
    @WithDefault("30s")
    Duration refresh();

    /** Streams one user may have open at once on one replica (tabs, screens). */
    @WithName("max-per-subject")
    @WithDefault("10")
    int maxPerSubject();

    /** Streams one replica serves at once. */
    @WithName("max-streams")
    @WithDefault("1000")
    int maxStreams();

    /**
     * A stream is closed after this long, so that a dashboard proves again who it is: its EventSource
     * reconnects with an expired ticket, gets 401, and asks for a new ticket with a current token.
     */
    @WithName("max-lifetime")
    @WithDefault("1h")
    Duration maxLifetime();

    /** The reconnection delay a stream tells EventSource to use (the SSE {@code retry} field). */
    @WithName("reconnect-delay")
    @WithDefault("5s")
    Duration reconnectDelay();
}
