package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LoadRunTest {

    private final ScheduledExecutorService server = Executors.newScheduledThreadPool(4);

    /** A fake server answering after {@code millis}, with the status {@code status}. */
    private RequestSender answering(long millis, int status, AtomicLong sent) {
        return index -> {
            sent.incrementAndGet();
            CompletableFuture<Integer> answer = new CompletableFuture<>();
            server.schedule(() -> answer.complete(status), millis, TimeUnit.MILLISECONDS);
            return answer;
        };
    }

    @Test
    void an_open_loop_run_offers_its_rate_whatever_the_answers_take() {
        AtomicLong sent = new AtomicLong();
        // each answer takes 50 ms: a closed loop of one would manage 20/s, the open loop must still send 200/s
        RunResult run = new LoadRun(answering(50, 201, sent), 1000).openLoop(200, 1.0, 0);

        assertThat(sent.get()).isEqualTo(200);
        assertThat(run.requests()).isEqualTo(200);
        assertThat(run.errorCount()).isZero();
        assertThat(run.latency().p50Ms()).isGreaterThanOrEqualTo(50);
        assertThat(run.offeredPerSecond()).isEqualTo(200);
    }

    @Test
    void a_stalled_server_shows_in_the_latency_of_every_request_meant_to_leave_during_the_stall() {
        // requests are capped at 1 in flight and the server takes 100 ms: from the intended send time, the
        // ones that could not leave are failures, not fast requests; none is reported faster than 100 ms
        AtomicLong sent = new AtomicLong();
        RunResult run = new LoadRun(answering(100, 201, sent), 1).openLoop(50, 1.0, 0);

        assertThat(run.errors()).containsKey("not-sent");
        assertThat(run.succeeded()).isLessThan(50);
        assertThat(run.latency().p50Ms()).isGreaterThanOrEqualTo(100);
        assertThat(run.sustained(1000)).isFalse();
    }

    @Test
    void error_statuses_and_transport_failures_are_counted_by_kind() {
        RunResult refused = new LoadRun(answering(1, 503, new AtomicLong()), 100).openLoop(100, 0.2, 0);
        RunResult broken = new LoadRun(index -> CompletableFuture.failedFuture(new java.net.ConnectException("refused")), 100)
                .openLoop(100, 0.2, 0);

        assertThat(refused.errors()).containsOnlyKeys("503");
        assertThat(refused.succeeded()).isZero();
        assertThat(broken.errors()).containsOnlyKeys("transport:ConnectException");
    }

    @Test
    void requests_meant_to_leave_during_the_warm_up_are_not_measured() {
        RunResult run = new LoadRun(answering(1, 200, new AtomicLong()), 100).openLoop(100, 1.0, 0.5);

        assertThat(run.requests()).isEqualTo(50);
        assertThat(run.measuredSeconds()).isEqualTo(0.5);
    }

    @Test
    void a_closed_loop_keeps_its_requests_in_flight_and_measures_what_came_back() {
        AtomicLong sent = new AtomicLong();
        RunResult run = new LoadRun(answering(20, 201, sent), 100).closedLoop(4, 1.0, 0);

        // 4 in flight, at least 20 ms each: never more than 4 x 50 (+ the 4 still out at the end) in a second
        assertThat(run.succeeded()).isPositive().isLessThanOrEqualTo(204L);
        assertThat(sent.get()).isEqualTo(run.requests());
        assertThat(run.mode()).isEqualTo("closed(4)");
        assertThat(run.latency().p50Ms()).isGreaterThanOrEqualTo(20);
    }
}
