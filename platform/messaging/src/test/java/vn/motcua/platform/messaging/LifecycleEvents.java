package vn.motcua.platform.messaging;

import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Valid lifecycle events for tests, in the shape DESIGN.md gives them. */
final class LifecycleEvents {

    private LifecycleEvents() {
    }

    static DossierLifecycleEvent received(UUID dossierId, String dossierCode, long sequence) {
        OffsetDateTime at = OffsetDateTime.parse("2025-07-01T08:15:00+07:00").plusMinutes(sequence);
        return new DossierLifecycleEvent(UUID.randomUUID(), dossierId, dossierCode, sequence,
                DossierEventType.RECEIVED.eventName(), at, DossierStatus.RECEIVED, DossierStatus.RECEIVED.code(),
                "1.001193", "tu-phap-ho-tich", "16906", "16906", Channel.COUNTER, null, at,
                OffsetDateTime.parse("2025-07-01T17:00:00+07:00"), 0L, null, null, null, null, null, 2, 0, null);
    }
}
