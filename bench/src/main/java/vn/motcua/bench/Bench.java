package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.motcua.platform.local.PlatformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The measurements bench/run drives, one command each, against a platform started as {@code ./motcua up}
 * does (found through the same MOTCUA_* variables). Each writes its figures as JSON into the results
 * folder; {@code write} turns them into docs/benchmarks.md and docs/benchmarks.json.
 */
public final class Bench {

    private static final String USAGE = """
            Usage (bench/run calls these; see docs/benchmarks.md):
              machine   RESULTS                   what machine this is, how busy
              footprint RESULTS [--quick]         each service's start time to ready and idle memory
              load      RESULTS [--quick]         intake (highest sustained, 100/500/1000 per s), memory under load, event lag
              reports   RESULTS DOSSIERS [--quick] bulk-load the read model to DOSSIERS bench dossiers, time the reports
              write     RESULTS MARKDOWN JSON     write the figures into the documents
              probe     RESULTS LABEL SECONDS [--quick]  closed-loop intake (8 in flight) and its CPU per dossier,
                                                  for before/after comparisons and profiles (not part of bench/run)""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        boolean quick = Arrays.asList(args).contains("--quick");
        Path repository = Path.of(System.getProperty("motcua.repository", ".")).toAbsolutePath().normalize();
        switch (args[0]) {
            case "machine" -> save(results.resolve("machine.json"), Machine.describe());
            case "footprint" -> save(results.resolve("footprint.json"),
                    new Footprint(platform(repository)).measure(quick ? 1 : 3, Duration.ofSeconds(quick ? 5 : 20)));
            case "load" -> save(results.resolve("load.json"),
                    new LoadBench(platform(repository), quick).measure(List.of(100.0, 500.0, 1000.0), 500));
            case "reports" -> {
                long dossiers = Long.parseLong(args[2]);
                save(results.resolve("reports-" + dossiers + ".json"), new ReportBench(platform(repository), quick).measure(dossiers));
            }
            case "probe" -> save(results.resolve("probe-" + args[2] + ".json"),
                    new LoadBench(platform(repository), quick).probe(Double.parseDouble(args[3]), 8));
            case "write" -> BenchReport.write(results, Path.of(args[2]), Path.of(args[3]));
            default -> {
                System.err.println("Unknown command '" + args[0] + "'.\n" + USAGE);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private static Platform platform(Path repository) {
        return new Platform(PlatformSettings.fromEnvironment(repository, System.getenv()));
    }

    private static void save(Path file, JsonNode figures) throws IOException {
        Files.writeString(file, Platform.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures) + "\n");
    }
}
