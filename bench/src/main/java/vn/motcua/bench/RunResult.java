package vn.motcua.bench;

import java.util.Map;

/**
 * What one load run measured, warm-up excluded: the offered rate ({@code 0} for a closed-loop run),
 * the successful answers per second that arrived within the measured window, the latencies of the
 * requests meant to leave within it (from their intended send time), and the failures by kind
 * (an HTTP status, {@code transport:<exception>}, or {@code not-sent} when too many were in flight).
 */
public record RunResult(
        String mode,
        double offeredPerSecond,
        double measuredSeconds,
        long requests,
        long succeeded,
        double succeededPerSecond,
        Map<String, Long> errors,
        Percentiles latency) {

    public RunResult {
        errors = Map.copyOf(errors);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Whether the server kept up with an open-loop rate: no failures, nearly all the offered rate answered
     * within the window, and a p99 under the given bound (a server that falls behind shows a p99 that
     * grows with the length of the run).
     */
    public boolean sustained(double p99BoundMs) {
        return errorCount() == 0 && succeededPerSecond >= 0.97 * offeredPerSecond && latency.p99Ms() <= p99BoundMs;
    }
}
