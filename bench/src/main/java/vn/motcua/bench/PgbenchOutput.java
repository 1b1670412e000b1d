package vn.motcua.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures bench/run needs from pgbench's summary: transactions per second, average latency, failures. */
public record PgbenchOutput(int clients, double tps, double latencyAverageMs, long failed) {

    private static final Pattern CLIENTS = Pattern.compile("number of clients: (\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\((?:without initial connection time|excluding connections establishing)\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    /** Reads pgbench's output; empty when it holds no tps line (pgbench failed). */
    public static Optional<PgbenchOutput> parse(String output) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            return Optional.empty();
        }
        Matcher clients = CLIENTS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        Matcher failed = FAILED.matcher(output);
        return Optional.of(new PgbenchOutput(
                clients.find() ? Integer.parseInt(clients.group(1)) : 0,
                Double.parseDouble(tps.group(1)),
                latency.find() ? Double.parseDouble(latency.group(1)) : 0,
                failed.find() ? Long.parseLong(failed.group(1)) : 0));
    }
}
