package vn.motcua.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latencies of one measurement, recorded in microseconds with three significant digits (HdrHistogram),
 * from any thread, and read back as the percentiles docs/benchmarks.md reports.
 */
public final class LatencyHistogram {

    /** An hour: anything slower is recorded as an hour, and the run is plainly broken anyway. */
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Histogram histogram = new ConcurrentHistogram(HIGHEST_MICROS, 3);

    public void recordNanos(long nanos) {
        recordMicros(TimeUnit.NANOSECONDS.toMicros(Math.max(0, nanos)));
    }

    public void recordMicros(long micros) {
        histogram.recordValue(Math.min(Math.max(1, micros), HIGHEST_MICROS));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at a percentile (0 to 100), in milliseconds; 0 when nothing was recorded. */
    public double percentileMillis(double percentile) {
        if (count() == 0) {
            return 0;
        }
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return count() == 0 ? 0 : histogram.getMaxValue() / 1000.0;
    }

    /** The usual summary: p50, p99, p99.9 and the maximum. */
    public Percentiles percentiles() {
        return new Percentiles(count(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9), maxMillis());
    }
}
