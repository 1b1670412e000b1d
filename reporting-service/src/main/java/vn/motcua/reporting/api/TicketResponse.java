package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A live-feed ticket: put {@code streamUrl} into an EventSource before {@code expiresAt}. */
public record TicketResponse(
        @Schema(description = "Opaque; opens streams until it expires. Keep it out of logs.",
                example = "q2b6Qz3v1nW0d8eYk7mXp4sT9uJ5cA1fL0hR6gV2yN8")
        String ticket,
        @Schema(description = "When the ticket stops opening streams (streams already open go on)",
                example = "2025-07-01T08:16:00+07:00")
        OffsetDateTime expiresAt,
        @Schema(description = "The unit the ticket is bound to; null: the province (and any one of its units)",
                example = "16906", nullable = true)
        String unit,
        @Schema(description = "The stream to open, ticket and unit included",
                example = "https://reporting.example.gov.vn/api/v1/stream?ticket=q2b6Qz3v1nW0d8eYk7mXp4sT9uJ5cA1fL0hR6gV2yN8&unit=16906")
        String streamUrl) {
}
