package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the figures of a run into docs/benchmarks.md (between its two markers; the method above them
 * is kept) and docs/benchmarks.json, from the result files the measurements left in the results folder.
 */
public final class BenchReport {

    static final String BEGIN = "<!-- bench/run writes the figures below; do not edit by hand -->";
    static final String END = "<!-- end of the figures written by bench/run -->";
    /** 200 MB (decimal) in MiB, the unit /proc reports in. */
    static final double IDLE_RSS_TARGET_MIB = 200e6 / (1024 * 1024);

    private BenchReport() {
    }

    public static void write(Path results, Path markdown, Path json) throws IOException {
        ObjectNode all = collect(results);
        Files.writeString(json, Platform.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all) + "\n",
                StandardCharsets.UTF_8);
        String figures = figures(all);
        String document = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(markdown + " has lost its markers; put back the lines\n" + BEGIN + "\n" + END);
        }
        Files.writeString(markdown, document.substring(0, begin + BEGIN.length()) + "\n\n" + figures + "\n"
                + document.substring(end), StandardCharsets.UTF_8);
    }

    static ObjectNode collect(Path results) throws IOException {
        ObjectNode all = Platform.JSON.createObjectNode();
        for (String name : List.of("run", "machine", "footprint", "load")) {
            Path file = results.resolve(name + ".json");
            if (Files.exists(file)) {
                all.set(name, Platform.JSON.readTree(file.toFile()));
            }
        }
        ObjectNode pgbench = all.putObject("pgbench");
        Path pgbenchFolder = results.resolve("pgbench");
        if (Files.isDirectory(pgbenchFolder)) {
            try (Stream<Path> files = Files.list(pgbenchFolder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString().replace(".txt", "");
                    String script = name.substring(0, name.lastIndexOf("-c"));
                    Optional<PgbenchOutput> run = PgbenchOutput.parse(Files.readString(file));
                    ArrayNode runs = pgbench.has(script) ? (ArrayNode) pgbench.get(script).get("runs")
                            : pgbench.putObject(script).putArray("runs");
                    run.ifPresent(r -> runs.add(Platform.JSON.valueToTree(r)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = pgbench.fields(); it.hasNext(); ) {
                ObjectNode script = (ObjectNode) it.next().getValue();
                JsonNode best = null;
                for (JsonNode run : script.get("runs")) {
                    if (run.path("failed").asLong() == 0 && (best == null || run.path("tps").asDouble() > best.path("tps").asDouble())) {
                        best = run;
                    }
                }
                if (best != null) {
                    script.set("best", best);
                }
            }
        }
        ObjectNode reports = all.putObject("reports");
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("reports-\\d+\\.json")).sorted().toList()) {
                JsonNode report = Platform.JSON.readTree(file.toFile());
                reports.set(Long.toString(report.path("benchDossiers").asLong()), report);
            }
        }
        all.set("targets", targets(all));
        return all;
    }

    /** Each target of issue #11 with what was measured and whether it was met. */
    static ArrayNode targets(ObjectNode all) {
        ArrayNode targets = Platform.JSON.createArrayNode();
        double sustained = all.path("load").path("intake").path("highestSustained").path("succeededPerSecond").asDouble(0);
        double limit = all.path("pgbench").path("intake").path("best").path("tps").asDouble(0);
        if (limit > 0) {
            target(targets, "intake sustained ≥ 0.50 × pgbench of its own transaction",
                    String.format(Locale.ROOT, "%.0f/s of %.0f/s = %.2f", sustained, limit, sustained / limit), sustained / limit >= 0.5);
        }
        for (JsonNode run : all.path("load").path("intake").path("fixedRates")) {
            if (run.path("offeredPerSecond").asDouble() == 500) {
                double p99 = run.path("latency").path("p99Ms").asDouble();
                long errors = errors(run);
                target(targets, "intake p99 < 50 ms at 500/s",
                        String.format(Locale.ROOT, "p99 %.1f ms, %.0f/s answered, %d errors", p99, run.path("succeededPerSecond").asDouble(), errors),
                        p99 < 50 && errors == 0 && run.path("succeededPerSecond").asDouble() >= 0.97 * 500);
            }
        }
        for (JsonNode lag : all.path("load").path("eventLag")) {
            if (lag.path("ratePerSecond").asDouble() == 500) {
                double p99 = lag.path("lag").path("p99Ms").asDouble();
                boolean kept = lag.path("intake").path("succeededPerSecond").asDouble() >= 0.97 * 500;
                target(targets, "event lag p99 < 1 s at 500/s", String.format(Locale.ROOT, "p99 %.0f ms%s", p99,
                        kept ? "" : " (intake did not keep up with 500/s)"), kept && p99 < 1000);
            }
        }
        JsonNode reports = all.path("reports");
        Optional<String> largest = largest(reports);
        largest.ifPresent(size -> {
            JsonNode at = reports.path(size);
            for (Iterator<Map.Entry<String, JsonNode>> it = at.path("reports").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> report = it.next();
                double p99 = report.getValue().path("latency").path("p99Ms").asDouble();
                target(targets, report.getKey() + " p99 < 50 ms at 10 million dossiers",
                        String.format(Locale.ROOT, "p99 %.1f ms at %,d bench dossiers", p99, Long.parseLong(size)),
                        p99 < 50 && Long.parseLong(size) >= 10_000_000 && report.getValue().path("failures").asLong() == 0);
            }
        });
        for (Iterator<Map.Entry<String, JsonNode>> it = all.path("footprint").path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            double ready = service.getValue().path("readySeconds").asDouble();
            double rss = service.getValue().path("idleRssMib").asDouble();
            target(targets, service.getKey() + " ready < 2.5 s", String.format(Locale.ROOT, "%.2f s", ready), ready < 2.5);
            target(targets, service.getKey() + " idle RSS < 200 MB", String.format(Locale.ROOT, "%.0f MiB (%.0f MB)", rss, rss * 1.048576),
                    rss < IDLE_RSS_TARGET_MIB);
        }
        return targets;
    }

    private static Optional<String> largest(JsonNode reports) {
        List<String> sizes = new ArrayList<>();
        reports.fieldNames().forEachRemaining(sizes::add);
        return sizes.stream().max((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    }

    private static void target(ArrayNode targets, String what, String measured, boolean met) {
        ObjectNode target = targets.addObject();
        target.put("target", what);
        target.put("measured", measured);
        target.put("met", met);
    }

    private static long errors(JsonNode run) {
        long errors = 0;
        for (JsonNode count : run.path("errors")) {
            errors += count.asLong();
        }
        return errors;
    }

    static String figures(ObjectNode all) {
        StringBuilder md = new StringBuilder();
        JsonNode machine = all.path("machine");
        JsonNode run = all.path("run");
        md.append("## Figures\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s, commit `%s`, %s.%n%n", machine.path("date").asText("?"),
                run.path("commit").asText("?"), run.path("quick").asBoolean() ? "**`--quick`** (short runs, 100k dossiers for reports: a sanity check of the harness, not figures to quote)" : "full run"));
        md.append(String.format(Locale.ROOT, "Machine: %d CPUs (%s), %,d MiB, %s, %s. Load average at start: %.2f.%s%n%n",
                machine.path("cpus").asInt(), machine.path("cpuModel").asText(), machine.path("memoryMib").asLong(),
                machine.path("os").asText(), machine.path("java").asText(), machine.path("loadAverage1mAtStart").asDouble(),
                run.path("busy").asBoolean() ? " **Measured on a busy machine: other work ran at the same time; the figures are not final.**" : ""));
        md.append(String.format(Locale.ROOT, "Generator pinned: %s. Service JVM options: `%s`.%n%n",
                run.path("pinned").asText("no"), all.path("footprint").path("jvmOptions").asText("?")));

        md.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (JsonNode target : all.path("targets")) {
            md.append("| ").append(target.path("target").asText()).append(" | ").append(target.path("measured").asText())
                    .append(" | ").append(target.path("met").asBoolean() ? "yes" : "**no**").append(" |\n");
        }

        JsonNode intake = all.path("load").path("intake");
        md.append("\n### Intake (`POST /api/v1/dossiers`)\n\n");
        md.append("| run | offered/s | answered/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |\n|---|---|---|---|---|---|---|---|\n");
        row(md, "closed loop, 16 in flight", intake.path("closedLoopProbe"));
        for (JsonNode search : intake.path("sustainableSearch")) {
            row(md, "search", search);
        }
        row(md, "**highest sustained**", intake.path("highestSustained"));
        for (JsonNode fixed : intake.path("fixedRates")) {
            row(md, "fixed rate", fixed);
        }
        cpuTable(md, intake.path("cpuMsPerIntake"), machine.path("cpus").asInt(0));
        md.append(String.format(Locale.ROOT, "%nSustained means: no errors, at least 97 %% of the offered rate answered within the "
                + "measured window, p99 ≤ %.0f ms.%n", intake.path("sustainedP99BoundMs").asDouble(LoadBench.SUSTAINED_P99_MS)));

        md.append("\n### The limit: pgbench on the same PostgreSQL\n\n| transaction | clients | tps | latency avg ms | failed |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.path("pgbench").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> script = it.next();
            for (JsonNode r : script.getValue().path("runs")) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %d |%n", script.getKey(), r.path("clients").asInt(),
                        r.path("tps").asDouble(), r.path("latencyAverageMs").asDouble(), r.path("failed").asLong()));
            }
        }
        double limit = all.path("pgbench").path("intake").path("best").path("tps").asDouble(0);
        double sustained = intake.path("highestSustained").path("succeededPerSecond").asDouble(0);
        if (limit > 0) {
            md.append(String.format(Locale.ROOT, "%nIntake sustained %.0f/s; pgbench ran intake's transaction at %.0f/s: **%.2f** of the limit.%n",
                    sustained, limit, sustained / limit));
        }

        md.append("\n### Event lag (intake answer → counted by reporting-service)\n\n| rate/s | answered/s | dossiers | lag p50 ms | lag p99 ms | lag max ms | not counted | counted before the answer arrived |\n|---|---|---|---|---|---|---|---|\n");
        for (JsonNode lag : all.path("load").path("eventLag")) {
            md.append(String.format(Locale.ROOT, "| %.0f | %.0f | %d | %.1f | %.1f | %.1f | %d | %d |%n", lag.path("ratePerSecond").asDouble(),
                    lag.path("intake").path("succeededPerSecond").asDouble(), lag.path("lag").path("count").asLong(),
                    lag.path("lag").path("p50Ms").asDouble(), lag.path("lag").path("p99Ms").asDouble(),
                    lag.path("lag").path("maxMs").asDouble(), lag.path("notCounted").asLong(), lag.path("countedBeforeAnswer").asLong()));
        }

        md.append("\n### Reports at scale\n\n| bench dossiers | report | p50 ms | p99 ms | max ms | failures | load s |\n|---|---|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.path("reports").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> size = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> reports = size.getValue().path("reports").fields(); reports.hasNext(); ) {
                Map.Entry<String, JsonNode> report = reports.next();
                JsonNode latency = report.getValue().path("latency");
                md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %d | %d |%n", Long.parseLong(size.getKey()),
                        report.getKey(), latency.path("p50Ms").asDouble(), latency.path("p99Ms").asDouble(), latency.path("maxMs").asDouble(),
                        report.getValue().path("failures").asLong(), size.getValue().path("loadSeconds").asLong()));
            }
        }

        md.append("\n### Footprint\n\n| service | ready s (median) | each start | idle RSS MiB (own start) | idle RSS MiB (platform) | RSS MiB under load (peak) |\n|---|---|---|---|---|---|\n");
        JsonNode load = all.path("load");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.path("footprint").path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.0f | %s | %s |%n", service.getKey(),
                    service.getValue().path("readySeconds").asDouble(), service.getValue().path("readySecondsAll").toString(),
                    service.getValue().path("idleRssMib").asDouble(), load.path("idleRssMib").path(service.getKey()).asText("?"),
                    load.path("underLoadRssMib").path(service.getKey()).asText("?")));
        }
        return md.toString();
    }

    /**
     * Where the CPU of one intake goes, process by process, and the rate that budget allows on the
     * machine's CPUs with nothing else running: the ceiling that no database speed lifts. The machine's
     * CPUs, not the generator's: pinned with taskset, the generator sees one.
     */
    static void cpuTable(StringBuilder md, JsonNode cpu, int cpus) {
        if (cpu.isMissingNode()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "%nCPU per dossier received (closed-loop run, %d dossiers):%n%n"
                + "| process | CPU ms per dossier |%n|---|---|%n", cpu.path("dossiers").asLong()));
        for (Iterator<Map.Entry<String, JsonNode>> it = cpu.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> process = it.next();
            if (!List.of("dossiers", "total", "cpus").contains(process.getKey())) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", process.getKey(), process.getValue().asDouble()));
            }
        }
        double total = cpu.path("total").asDouble(0);
        if (total > 0 && cpus > 0) {
            md.append(String.format(Locale.ROOT, "| **all** | **%.2f** |%n%nAt %.2f ms of CPU per dossier, %d CPUs allow about "
                    + "%.0f dossiers per second, whatever the database alone could do. It is an estimate, not a bound: at higher "
                    + "rates a dossier costs less (the relay, the broker and the consumers work in larger batches, PostgreSQL "
                    + "commits several at once), and right after the warm-up the JIT compilers still take their share.%n",
                    total, total, cpus, cpus * 1000 / total));
        }
    }

    private static void row(StringBuilder md, String label, JsonNode run) {
        if (run.isMissingNode() || run.isNull()) {
            md.append("| ").append(label).append(" | – | – | – | – | – | – | none |\n");
            return;
        }
        JsonNode latency = run.path("latency");
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", label,
                run.path("offeredPerSecond").asDouble() == 0 ? "–" : String.format(Locale.ROOT, "%.0f", run.path("offeredPerSecond").asDouble()),
                run.path("succeededPerSecond").asDouble(), latency.path("p50Ms").asDouble(), latency.path("p99Ms").asDouble(),
                latency.path("p999Ms").asDouble(), latency.path("maxMs").asDouble(),
                errors(run) == 0 ? "0" : errors(run) + " " + run.path("errors").toString().replace("|", "/")));
    }
}
