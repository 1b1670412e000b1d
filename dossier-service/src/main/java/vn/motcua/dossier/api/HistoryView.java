package vn.motcua.dossier.api;

import vn.motcua.dossier.application.HistoryEntry;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.OffsetDateTime;

/** One transition in a dossier's history. */
public record HistoryView(long sequence, String action, String fromStatus, String toStatus, OffsetDateTime at, String by,
                          String role, String reason, String reasonCode) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.sequence(), entry.action(), entry.fromStatus(), entry.toStatus(),
                entry.occurredAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime(), entry.actorSubject(),
                entry.actorRole(), entry.reason(), entry.reasonCode());
    }
}
