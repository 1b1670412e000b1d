package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchReportTest {

    @TempDir
    Path results;

    private void results() throws Exception {
        Files.writeString(results.resolve("run.json"), "{\"commit\": \"abc1234\", \"quick\": true, \"pinned\": \"to CPU 1\", \"busy\": true}");
        Files.writeString(results.resolve("machine.json"), "{\"date\": \"2026-11-28T10:00:00Z\", \"cpus\": 2, \"cpuModel\": \"Test CPU\","
                + " \"memoryMib\": 24000, \"os\": \"Linux\", \"java\": \"OpenJDK 17\", \"loadAverage1mAtStart\": 3.5}");
        Files.writeString(results.resolve("footprint.json"), """
                {"jvmOptions": "-Xmx384m", "services": {
                  "procedure-service": {"readySeconds": 2.1, "readySecondsAll": [2.1], "idleRssMib": 150},
                  "dossier-service": {"readySeconds": 3.0, "readySecondsAll": [3.0], "idleRssMib": 195}}}""");
        Files.writeString(results.resolve("load.json"), """
                {"intake": {"sustainedP99BoundMs": 100,
                  "cpuMsPerIntake": {"dossiers": 4000, "dossierService": 5.5, "reportingService": 2.0, "postgres": 4.5, "total": 12.0, "cpus": 1},
                  "highestSustained": {"mode": "open", "offeredPerSecond": 600, "succeededPerSecond": 598, "errors": {},
                                       "latency": {"count": 1, "p50Ms": 5, "p99Ms": 20, "p999Ms": 30, "maxMs": 40}},
                  "fixedRates": [{"mode": "open", "offeredPerSecond": 500, "succeededPerSecond": 499, "errors": {},
                                  "latency": {"count": 1, "p50Ms": 4, "p99Ms": 49, "p999Ms": 60, "maxMs": 70}},
                                 {"mode": "open", "offeredPerSecond": 1000, "succeededPerSecond": 700, "errors": {"not-sent": 12},
                                  "latency": {"count": 1, "p50Ms": 400, "p99Ms": 900, "p999Ms": 990, "maxMs": 999}}]},
                 "eventLag": [{"ratePerSecond": 500, "intake": {"succeededPerSecond": 500}, "notCounted": 0,
                               "lag": {"count": 100, "p50Ms": 80, "p99Ms": 1200, "p999Ms": 1300, "maxMs": 1400}}]}""");
        Files.createDirectories(results.resolve("pgbench"));
        Files.writeString(results.resolve("pgbench/intake-c8.txt"), "number of clients: 8\nlatency average = 7.0 ms\n"
                + "number of failed transactions: 0 (0.000%)\ntps = 1000.0 (without initial connection time)\n");
        Files.writeString(results.resolve("pgbench/intake-c16.txt"), "number of clients: 16\nlatency average = 9.0 ms\n"
                + "number of failed transactions: 0 (0.000%)\ntps = 1100.0 (without initial connection time)\n");
        Files.writeString(results.resolve("reports-10000000.json"), """
                {"benchDossiers": 10000000, "loadSeconds": 600, "reports": {
                   "summary": {"failures": 0, "latency": {"count": 200, "p50Ms": 10, "p99Ms": 30, "p999Ms": 31, "maxMs": 32}},
                   "by-unit": {"failures": 0, "latency": {"count": 200, "p50Ms": 40, "p99Ms": 80, "p999Ms": 81, "maxMs": 82}}}}""");
    }

    @Test
    void each_target_is_judged_against_what_was_measured() throws Exception {
        results();

        JsonNode targets = BenchReport.collect(results).get("targets");

        assertThat(met(targets, "intake sustained")).isTrue();       // 598 of the best pgbench run, 1100: 0.54
        assertThat(met(targets, "intake p99 < 50 ms at 500/s")).isTrue();
        assertThat(met(targets, "event lag p99")).isFalse();         // 1.2 s
        assertThat(met(targets, "summary p99")).isTrue();
        assertThat(met(targets, "by-unit p99")).isFalse();
        assertThat(met(targets, "procedure-service ready")).isTrue();
        assertThat(met(targets, "dossier-service ready")).isFalse();
        assertThat(met(targets, "dossier-service idle RSS")).isFalse(); // 195 MiB is 204 MB
        assertThat(met(targets, "procedure-service idle RSS")).isTrue();
    }

    @Test
    void the_figures_replace_the_old_ones_and_the_method_stays() throws Exception {
        results();
        Path markdown = results.resolve("benchmarks.md");
        Path json = results.resolve("benchmarks.json");
        Files.writeString(markdown, "# Benchmarks\n\n## Method\n\nHow it is measured.\n\n" + BenchReport.BEGIN
                + "\n\nold figures\n\n" + BenchReport.END + "\n\n## Afterword\n");

        BenchReport.write(results, markdown, json);

        String written = Files.readString(markdown);
        assertThat(written).contains("## Method\n\nHow it is measured.").contains("## Afterword").doesNotContain("old figures");
        assertThat(written).contains("Measured on a busy machine").contains("**`--quick`**");
        assertThat(written).contains("| **highest sustained** | 600 | 598.0 |");
        assertThat(written).contains("**0.54** of the limit");
        assertThat(written).contains("12 {\"not-sent\":12}");
        // the CPU budget per dossier, process by process, and the rate it allows on the machine's 2 CPUs (not the
        // pinned generator's 1, which an older run recorded): 2,000 / 12 ms
        assertThat(written).contains("| dossierService | 5.50 |").contains("| **all** | **12.00** |").contains("allow about 167 dossiers per second");
        assertThat(Files.readString(json)).contains("\"targets\"");
    }

    @Test
    void a_document_that_lost_its_markers_is_not_overwritten() throws Exception {
        results();
        Path markdown = results.resolve("benchmarks.md");
        Files.writeString(markdown, "# Benchmarks\n\nhand-written\n");

        assertThatThrownBy(() -> BenchReport.write(results, markdown, results.resolve("b.json"))).hasMessageContaining("markers");
        assertThat(Files.readString(markdown)).isEqualTo("# Benchmarks\n\nhand-written\n");
    }

    private static boolean met(JsonNode targets, String prefix) {
        for (JsonNode target : targets) {
            if (target.path("target").asText().startsWith(prefix)) {
                return target.path("met").asBoolean();
            }
        }
        throw new AssertionError("no target starts with " + prefix + " in " + targets);
    }
}
