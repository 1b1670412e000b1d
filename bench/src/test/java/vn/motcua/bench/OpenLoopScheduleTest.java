package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenLoopScheduleTest {

    @Test
    void requests_are_spaced_evenly_from_the_start_whatever_the_rate() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(500, 1_000_000L);

        assertThat(schedule.intendedNanos(0)).isEqualTo(1_000_000L);
        assertThat(schedule.intendedNanos(1)).isEqualTo(1_000_000L + 2_000_000L);
        assertThat(schedule.intendedNanos(500)).isEqualTo(1_000_000L + 1_000_000_000L);
    }

    @Test
    void a_fractional_rate_keeps_its_average_without_drift() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(3, 0);

        assertThat(schedule.intendedNanos(3)).isEqualTo(1_000_000_000L);
        assertThat(schedule.intendedNanos(1)).isEqualTo(333_333_333L);
        assertThat(schedule.intendedNanos(3_000)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void due_counts_the_requests_whose_time_has_come_including_the_one_due_exactly_now() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(1000, 0);

        assertThat(schedule.dueBy(-1)).isZero();
        assertThat(schedule.dueBy(0)).isEqualTo(1);
        assertThat(schedule.dueBy(999_999)).isEqualTo(1);
        assertThat(schedule.dueBy(1_000_000)).isEqualTo(2);
        assertThat(schedule.dueBy(1_000_000_000)).isEqualTo(1001);
    }

    @Test
    void a_run_of_ten_seconds_at_one_hundred_per_second_sends_one_thousand() {
        assertThat(new OpenLoopSchedule(100, 5).requestsIn(10)).isEqualTo(1000);
        assertThat(new OpenLoopSchedule(7.5, 0).requestsIn(2)).isEqualTo(15);
    }

    @Test
    void a_rate_must_be_positive() {
        assertThatThrownBy(() -> new OpenLoopSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new OpenLoopSchedule(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
