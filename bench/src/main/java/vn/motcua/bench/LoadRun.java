package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs load against a {@link RequestSender}: open loop at a fixed rate (the measurements of
 * docs/benchmarks.md), or closed loop with a fixed number of requests in flight (only to find roughly
 * where the ceiling is before the open-loop runs pin it down).
 */
public final class LoadRun {

    private static final long DRAIN_SECONDS = 60;

    private final RequestSender sender;
    private final int maxInFlight;

    public LoadRun(RequestSender sender, int maxInFlight) {
        this.sender = sender;
        this.maxInFlight = maxInFlight;
    }

    /** Offers {@code rate} requests per second for {@code seconds}, of which the first {@code warmupSeconds} are not measured. */
    public RunResult openLoop(double rate, double seconds, double warmupSeconds) {
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
        long windowStart = schedule.startNanos() + Math.round(warmupSeconds * 1e9);
        long windowEnd = schedule.startNanos() + Math.round(seconds * 1e9);
        long total = schedule.requestsIn(seconds);
        Tally tally = new Tally(windowStart, windowEnd);
        AtomicInteger inFlight = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long intended = schedule.intendedNanos(i);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = intended >= windowStart;
            if (inFlight.get() >= maxInFlight) {
                if (measured) {
                    tally.failed("not-sent");
                }
                continue;
            }
            inFlight.incrementAndGet();
            pending.add(sendOne(i, intended, measured, tally).whenComplete((status, error) -> inFlight.decrementAndGet()));
            if (pending.size() > 4 * maxInFlight) {
                pending.removeIf(CompletableFuture::isDone);
            }
        }
        drain(pending, tally);
        return tally.result("open", rate, seconds - warmupSeconds);
    }

    /** Keeps {@code concurrency} requests in flight for {@code seconds}; the first {@code warmupSeconds} are not measured. */
    public RunResult closedLoop(int concurrency, double seconds, double warmupSeconds) {
        long start = System.nanoTime();
        long windowStart = start + Math.round(warmupSeconds * 1e9);
        long windowEnd = start + Math.round(seconds * 1e9);
        Tally tally = new Tally(windowStart, windowEnd);
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            // one thread per request in flight: each sends the next request when its answer is in
            Thread worker = new Thread(() -> {
                long now;
                while ((now = System.nanoTime()) < windowEnd) {
                    try {
                        sendOne(next.getAndIncrement(), now, now >= windowStart, tally).join();
                    } catch (java.util.concurrent.CompletionException counted) {
                        // sendOne has counted it
                    }
                }
            }, "closed-loop-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during a closed-loop run", e);
            }
        }
        return tally.result("closed(" + concurrency + ")", 0, seconds - warmupSeconds);
    }

    private CompletableFuture<Integer> sendOne(long index, long intended, boolean measured, Tally tally) {
        CompletableFuture<Integer> sent;
        try {
            sent = sender.send(index);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((status, error) -> {
            long finished = System.nanoTime();
            if (!measured) {
                return;
            }
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                tally.failed("transport:" + cause.getClass().getSimpleName());
            } else if (status >= 200 && status < 300) {
                tally.succeeded(finished, finished - intended);
            } else {
                tally.failed(Integer.toString(status));
            }
        });
    }

    private static void drain(List<? extends CompletableFuture<?>> pending, Tally tally) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            long stuck = pending.stream().filter(f -> !f.isDone()).count();
            for (long i = 0; i < stuck; i++) {
                tally.failed("no-answer-within-" + DRAIN_SECONDS + "s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the last answers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // each request's own failure is already counted by sendOne
        }
    }

    /** The counts of one run, filled from the HTTP client's threads. */
    private static final class Tally {
        private final long windowStart;
        private final long windowEnd;
        private final LatencyHistogram latency = new LatencyHistogram();
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong succeeded = new AtomicLong();
        private final AtomicLong succeededInWindow = new AtomicLong();
        private final Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();

        Tally(long windowStart, long windowEnd) {
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        void succeeded(long finishedNanos, long latencyNanos) {
            requests.incrementAndGet();
            succeeded.incrementAndGet();
            latency.recordNanos(latencyNanos);
            if (finishedNanos >= windowStart && finishedNanos <= windowEnd) {
                succeededInWindow.incrementAndGet();
            }
        }

        void failed(String kind) {
            requests.incrementAndGet();
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        RunResult result(String mode, double offered, double measuredSeconds) {
            Map<String, Long> counted = new TreeMap<>();
            errors.forEach((kind, count) -> counted.put(kind, count.get()));
            return new RunResult(mode, offered, measuredSeconds, requests.get(), succeeded.get(),
                    succeededInWindow.get() / measuredSeconds, counted, latency.percentiles());
        }
    }
}
