package vn.motcua.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a live-feed ticket is for: a unit, or nothing for the caller's whole scope. */
public record TicketRequest(
        @Schema(description = "Unit code (2 digits for the province's own centre, 5 for a commune); an officer may name only"
                + " their own unit, and gets it by default. Absent for an analyst or province admin: the whole province.",
                example = "16906", nullable = true)
        String unit) {
}
