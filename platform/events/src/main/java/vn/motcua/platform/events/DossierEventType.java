package vn.motcua.platform.events;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of dossier lifecycle event; each is published as CloudEvents type {@code vn.motcua.dossier.<name>.v1}. */
public enum DossierEventType {
    SUBMITTED("submitted"),
    RECEIVED("received"),
    REFUSED("refused"),
    STARTED("started"),
    SUPPLEMENT_REQUESTED("supplement-requested"),
    SUPPLEMENT_PROVIDED("supplement-provided"),
    PAYMENT_REQUESTED("payment-requested"),
    PAYMENT_CONFIRMED("payment-confirmed"),
    SUSPENDED("suspended"),
    RESUMED("resumed"),
    RESOLVED("resolved"),
    RETURNED("returned"),
    WITHDRAWN("withdrawn"),
    RESCHEDULED("rescheduled"),
    OVERDUE("overdue"),
    RATED("rated"),
    /** A file was stored for one of the dossier's documents (uploaded, or scanned at the counter); the status is unchanged. */
    FILE_ATTACHED("file-attached");

    private static final String PREFIX = "vn.motcua.dossier.";
    private static final String SUFFIX = ".v1";

    private final String eventName;

    DossierEventType(String eventName) {
        this.eventName = eventName;
    }

    /** The name used in the payload's {@code type} field, such as {@code supplement-requested}. */
    public String eventName() {
        return eventName;
    }

    /** The CloudEvents {@code ce_type}, such as {@code vn.motcua.dossier.received.v1}. */
    public String cloudEventType() {
        return PREFIX + eventName + SUFFIX;
    }

    public static Optional<DossierEventType> ofCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType().equals(type)).findFirst();
    }

    public static Optional<DossierEventType> ofEventName(String name) {
        return Arrays.stream(values()).filter(t -> t.eventName.equals(name)).findFirst();
    }
}
