package vn.motcua.platform.events;

import java.util.Arrays;

/** A dossier's status with its national code, as synchronised with the national portal (DOMAIN.md). */
public enum DossierStatus {
    SUBMITTED(1),
    RECEIVED(2),
    REFUSED(3),
    IN_PROGRESS(4),
    SUPPLEMENT_REQUESTED(5),
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    SUSPENDED(8),
    RESOLVED(9),
    RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** The national status code, 1 to 10. */
    public int code() {
        return code;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dossier status has the national code " + code));
    }
}
