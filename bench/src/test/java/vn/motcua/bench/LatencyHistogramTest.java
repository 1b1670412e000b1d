package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTest {

    @Test
    void percentiles_come_from_the_recorded_distribution_to_three_significant_digits() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int millis = 1; millis <= 1000; millis++) {
            histogram.recordMicros(millis * 1000L);
        }

        Percentiles figures = histogram.percentiles();

        assertThat(figures.count()).isEqualTo(1000);
        assertThat(figures.p50Ms()).isCloseTo(500, within(0.5));
        assertThat(figures.p99Ms()).isCloseTo(990, within(1.0));
        assertThat(figures.p999Ms()).isCloseTo(999, within(1.0));
        assertThat(figures.maxMs()).isCloseTo(1000, within(1.0));
    }

    @Test
    void one_slow_request_in_a_thousand_shows_at_p999_and_not_at_p99() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < 999; i++) {
            histogram.recordNanos(2_000_000);
        }
        histogram.recordNanos(3_000_000_000L);

        assertThat(histogram.percentileMillis(99)).isCloseTo(2, within(0.01));
        assertThat(histogram.percentileMillis(99.99)).isCloseTo(3000, within(3.0));
    }

    @Test
    void an_empty_histogram_reads_as_zero_and_absurd_values_are_clamped() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThat(histogram.percentiles()).isEqualTo(new Percentiles(0, 0, 0, 0, 0));

        histogram.recordNanos(-5);
        histogram.recordMicros(Long.MAX_VALUE);

        assertThat(histogram.count()).isEqualTo(2);
        assertThat(histogram.maxMillis()).isCloseTo(3_600_000, within(3_600.0));
    }
}
