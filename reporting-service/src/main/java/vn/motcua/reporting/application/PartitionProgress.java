package vn.motcua.reporting.application;

/**
 * How far a rebuild has read one partition: from {@code start} (the oldest offset Kafka still holds)
 * towards {@code end} (the partition's end when last looked at); {@code position} is the next offset to read.
 */
public record PartitionProgress(String topic, int partition, long start, long position, long end) {
}
