package vn.motcua.bench;

/** How many latencies were recorded and their p50, p99, p99.9 and maximum, in milliseconds. */
public record Percentiles(long count, double p50Ms, double p99Ms, double p999Ms, double maxMs) {
}
