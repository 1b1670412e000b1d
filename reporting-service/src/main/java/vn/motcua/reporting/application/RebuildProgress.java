package vn.motcua.reporting.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A rebuild of the read models and how far it got. */
public record RebuildProgress(
        UUID id,
        RebuildState state,
        String requestedBy,
        OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Records read from the topics so far") long recordsRead,
        @Schema(description = "Records applied to the fresh read models") long recordsApplied,
        @Schema(description = "Records skipped: not a readable event of the contract (the live consumers dead-letter or skip them too)")
        long recordsSkipped,
        @Schema(description = "Share of the records up to the partitions' ends read so far, 0 to 100", example = "42.5")
        BigDecimal percent,
        List<PartitionProgress> partitions,
        @Schema(description = "Times the swap was tried: more than one when it waited too long for locks (long report queries)")
        int swapAttempts,
        @Schema(description = "Why it failed", nullable = true) String error) {
}
