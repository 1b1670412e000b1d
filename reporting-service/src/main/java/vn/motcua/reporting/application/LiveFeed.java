package vn.motcua.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.reporting.domain.LiveCounters;
import vn.motcua.reporting.persistence.ReadModelChanges;
import vn.motcua.reporting.persistence.LiveCountersQuery;
import vn.motcua.reporting.persistence.LiveSnapshot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live feed of one replica: the open streams, grouped by scope (a unit, or the province), kept up
 * to date. Every replica listens for the read models' change notifications (PostgreSQL NOTIFY, sent on
 * commit by whichever replica's consumer made the change), marks the scopes concerned, and at most once
 * per {@code coalesce} window counts each marked scope once and pushes the counters to its streams if
 * they changed. Every scope is also counted every {@code refresh} (dossiers turn overdue, days end,
 * without an event), and idle streams get a heartbeat comment.
 */
@ApplicationScoped
public class LiveFeed {

    /** The scope key of province-wide streams. */
    static final String PROVINCE = "province";

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    @Inject
    LiveCountersQuery counters;

    @Inject
    LiveFeedConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final Map<String, Scope> scopes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perSubject = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private ScheduledExecutorService scheduler;
    private Thread listener;
    private volatile boolean running;

    void onStart(@Observes StartupEvent start) {
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-feed");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(guarded(this::pushChanges), config.coalesce().toMillis(), config.coalesce().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::heartbeat), config.heartbeat().toMillis(), config.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guarded(this::markAll), config.refresh().toMillis(), config.refresh().toMillis(),
                TimeUnit.MILLISECONDS);
        listener = new Thread(this::listen, "live-feed-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
        scopes.values().forEach(scope -> scope.streams.forEach(LiveStream::close));
        scopes.clear();
    }

    /**
     * Opens a stream of the scope ({@code unit}, or the province when null) on the sink: sends the
     * current counters at once, then every change. 429 when the subject has too many streams open here,
     * 503 when this replica serves as many as it may.
     */
    public void open(String subject, String unit, SseEventSink sink, Sse sse) {
        String key = unit == null ? PROVINCE : unit;
        reserve(subject);
        LiveStream stream = new LiveStream(sink, sse, subject, key, System.nanoTime(), config.reconnectDelay().toMillis());
        try {
            // subscribe first, so no change between the first count and the subscription is missed
            scopes.compute(key, (k, scope) -> {
                Scope joined = scope == null ? new Scope(unit) : scope;
                joined.streams.add(stream);
                return joined;
            });
            LiveSnapshot now = counters.count(unit);
            scopes.computeIfPresent(key, (k, scope) -> {
                if (scope.last == null) {
                    scope.last = now.counters();
                }
                return scope;
            });
            if (!stream.send(now, this::serialise)) {
                leave(stream);
            }
        } catch (RuntimeException e) {
            leave(stream);
            stream.close();
            throw e;
        }
    }

    /** How many streams this replica serves. */
    public int openStreams() {
        return open.get();
    }

    private void reserve(String subject) {
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw Refusal.unavailable("This server has as many live streams open as it may; try again in a minute.",
                    Duration.ofSeconds(60));
        }
        AtomicBoolean allowed = new AtomicBoolean();
        perSubject.compute(subject, (s, count) -> {
            int current = count == null ? 0 : count.get();
            if (current >= config.maxPerSubject()) {
                return count;
            }
            allowed.set(true);
            AtomicInteger next = count == null ? new AtomicInteger() : count;
            next.incrementAndGet();
            return next;
        });
        if (!allowed.get()) {
            open.decrementAndGet();
            throw Refusal.tooMany("You have " + config.maxPerSubject() + " live streams open already; close one"
                    + " (another tab or screen) before opening a new one.", Duration.ofSeconds(30));
        }
    }

    private void leave(LiveStream stream) {
        boolean[] removed = {false};
        scopes.computeIfPresent(stream.scope(), (k, scope) -> {
            removed[0] = scope.streams.remove(stream);
            return scope.streams.isEmpty() ? null : scope;
        });
        if (removed[0]) {
            open.decrementAndGet();
            perSubject.computeIfPresent(stream.subject(), (s, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** Counts each scope marked since the last round once, and pushes the counters if they changed. */
    void pushChanges() {
        for (Scope scope : scopes.values()) {
            if (!scope.changed.getAndSet(false)) {
                continue;
            }
            LiveSnapshot snapshot;
            try {
                snapshot = counters.count(scope.unit);
            } catch (RuntimeException e) {
                // the database is away: try again next round
                scope.changed.set(true);
                LOG.debugf("live counters of %s could not be counted: %s", scope.key(), e.getClass().getSimpleName());
                continue;
            }
            if (snapshot.counters().sameAs(scope.last)) {
                continue;
            }
            scope.last = snapshot.counters();
            for (LiveStream stream : scope.streams) {
                if (!stream.send(snapshot, this::serialise)) {
                    leave(stream);
                }
            }
        }
    }

    /** Keeps idle connections open, and lets go of the closed ones and of those past their lifetime. */
    void heartbeat() {
        long now = System.nanoTime();
        for (Scope scope : scopes.values()) {
            for (LiveStream stream : scope.streams) {
                if (now - stream.openedAt() > config.maxLifetime().toNanos()) {
                    stream.close();
                }
                if (!stream.heartbeat()) {
                    leave(stream);
                }
            }
        }
    }

    private void markAll() {
        scopes.values().forEach(scope -> scope.changed.set(true));
    }

    private void mark(String payload) {
        if (payload == null || payload.isEmpty() || ReadModelChanges.EVERYTHING.equals(payload)) {
            markAll();
            return;
        }
        Scope unit = scopes.get(payload);
        if (unit != null) {
            unit.changed.set(true);
        }
        Scope province = scopes.get(PROVINCE);
        if (province != null) {
            province.changed.set(true);
        }
    }

    /** Listens for change notifications on a session of its own, reconnecting while the database is away. */
    private void listen() {
        long backoff = 200;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user.orElse(null), password.orElse(""))) {
                connection.setAutoCommit(true);
                ReadModelChanges.listen(connection);
                // changes made while no one listened were missed: count everything again
                markAll();
                backoff = 200;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            mark(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("The live feed lost its database session (%s); listening again in %d ms", e.getSQLState(), backoff);
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, Duration.ofSeconds(30).toMillis());
                }
            }
        }
    }

    private String serialise(LiveSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot.counters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live counters could not be serialised", e);
        }
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // a scheduled task that throws is never run again; this one must go on
                LOG.warnf("A live feed task failed: %s", e.getClass().getSimpleName());
            }
        };
    }

    /** The streams of one scope and what they were last sent. */
    private static final class Scope {
        private final String unit;
        private final Set<LiveStream> streams = new CopyOnWriteArraySet<>();
        private final AtomicBoolean changed = new AtomicBoolean();
        private volatile LiveCounters last;

        Scope(String unit) {
            this.unit = unit;
        }

        String key() {
            return unit == null ? PROVINCE : unit;
        }
    }
}
