package vn.motcua.reporting.domain;

import java.time.Instant;

/**
 * What a live-feed ticket grants: streams for {@code subject} of {@code unit}, or, when {@code unit} is
 * null, of the province or any one of its units (the province's roles see them all), opened before
 * {@code expiresAt}.
 */
public record StreamTicket(String subject, String unit, Instant expiresAt) {

    /** Whether a stream of the requested unit (null: the ticket's own scope) may be opened with it. */
    public boolean allows(String requestedUnit) {
        return unit == null || requestedUnit == null || unit.equals(requestedUnit);
    }

    /** The unit a stream opened for the requested unit covers; null for the whole province. */
    public String scopeOf(String requestedUnit) {
        return requestedUnit != null ? requestedUnit : unit;
    }
}
