package vn.motcua.bench;

/**
 * When each request of an open-loop run is meant to leave: request {@code i} at {@code start + i / rate},
 * whatever happened to the ones before. Latency is measured from this intended time, not from the moment
 * the generator got round to sending, so a stalled server cannot hide its stall by slowing the generator
 * down (coordinated omission).
 */
public record OpenLoopSchedule(double ratePerSecond, long startNanos) {

    public OpenLoopSchedule {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("the rate must be a positive number of requests per second, not " + ratePerSecond);
        }
    }

    /** The intended send time of request {@code index} (from 0), on the {@link System#nanoTime()} clock. */
    public long intendedNanos(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("request indexes start at 0");
        }
        return startNanos + Math.round(index * 1e9 / ratePerSecond);
    }

    /** How many requests are due to have left by {@code nowNanos}: those with an intended time at or before it. */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        long count = (long) Math.floor((nowNanos - startNanos) * ratePerSecond / 1e9) + 1;
        // the rounding of intendedNanos may put the last one a nanosecond either side
        while (count > 0 && intendedNanos(count - 1) > nowNanos) {
            count--;
        }
        while (intendedNanos(count) <= nowNanos) {
            count++;
        }
        return count;
    }

    /** How many requests a run of {@code seconds} sends. */
    public long requestsIn(double seconds) {
        return dueBy(startNanos + Math.round(seconds * 1e9) - 1);
    }
}
