package vn.motcua.dossier.application;

import java.time.Instant;

/** One transition of a dossier: who did what, when, and why. */
public record HistoryEntry(long sequence, String action, String fromStatus, String toStatus, Instant occurredAt,
                           String actorSubject, String actorRole, String reason, String reasonCode, String details) {
}
