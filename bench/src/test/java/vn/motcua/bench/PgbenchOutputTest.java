package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgbenchOutputTest {

    @Test
    void reads_clients_tps_latency_and_failures_from_pgbench_15_output() {
        String output = """
                pgbench (15.14 (Debian 15.14-0+deb12u1), server 17.6)
                transaction type: /work/bench/sql/pgbench-intake.sql
                scaling factor: 1
                query mode: prepared
                number of clients: 8
                number of threads: 2
                maximum number of tries: 1
                duration: 10 s
                number of transactions actually processed: 12345
                number of failed transactions: 0 (0.000%)
                latency average = 6.481 ms
                initial connection time = 21.337 ms
                tps = 1234.456789 (without initial connection time)
                """;

        assertThat(PgbenchOutput.parse(output)).contains(new PgbenchOutput(8, 1234.456789, 6.481, 0));
    }

    @Test
    void output_without_a_tps_line_is_a_failed_run() {
        assertThat(PgbenchOutput.parse("pgbench: error: connection to server failed")).isEmpty();
    }
}
