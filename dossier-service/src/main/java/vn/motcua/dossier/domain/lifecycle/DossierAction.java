package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static vn.motcua.dossier.domain.lifecycle.DossierRole.COMPETENT_OFFICER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.OWNER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.RECEIVING_OFFICER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.SYSTEM;
import static vn.motcua.platform.events.DossierStatus.AWAITING_PAYMENT;
import static vn.motcua.platform.events.DossierStatus.IN_PROGRESS;
import static vn.motcua.platform.events.DossierStatus.RECEIVED;
import static vn.motcua.platform.events.DossierStatus.REFUSED;
import static vn.motcua.platform.events.DossierStatus.RESOLVED;
import static vn.motcua.platform.events.DossierStatus.RETURNED;
import static vn.motcua.platform.events.DossierStatus.SUBMITTED;
import static vn.motcua.platform.events.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.platform.events.DossierStatus.SUSPENDED;
import static vn.motcua.platform.events.DossierStatus.WITHDRAWN;

/**
 * The actions on a dossier after intake, as DOMAIN.md's action table lists them: from which statuses,
 * by whom, to which status, and what each does to the clock.
 */
public enum DossierAction {
    ACCEPT("accept", EnumSet.of(SUBMITTED), EnumSet.of(RECEIVING_OFFICER), RECEIVED, ClockEffect.START, DossierEventType.RECEIVED),
    REFUSE("refuse", EnumSet.of(SUBMITTED), EnumSet.of(RECEIVING_OFFICER), REFUSED, ClockEffect.NONE, DossierEventType.REFUSED),
    START("start", EnumSet.of(RECEIVED), EnumSet.of(COMPETENT_OFFICER), IN_PROGRESS, ClockEffect.NONE, DossierEventType.STARTED),
    REQUEST_SUPPLEMENT("request-supplement", EnumSet.of(RECEIVED, IN_PROGRESS), EnumSet.of(COMPETENT_OFFICER),
            SUPPLEMENT_REQUESTED, ClockEffect.PAUSE, DossierEventType.SUPPLEMENT_REQUESTED),
    /** By the receiving officer, or by the owner of an online dossier once its supplement is uploaded (FilePolicies). */
    PROVIDE_SUPPLEMENT("provide-supplement", EnumSet.of(SUPPLEMENT_REQUESTED), EnumSet.of(RECEIVING_OFFICER, OWNER), IN_PROGRESS,
            ClockEffect.RESUME, DossierEventType.SUPPLEMENT_PROVIDED),
    REQUEST_PAYMENT("request-payment", EnumSet.of(IN_PROGRESS), EnumSet.of(COMPETENT_OFFICER), AWAITING_PAYMENT,
            ClockEffect.PAUSE, DossierEventType.PAYMENT_REQUESTED),
    CONFIRM_PAYMENT("confirm-payment", EnumSet.of(AWAITING_PAYMENT), EnumSet.of(RECEIVING_OFFICER, COMPETENT_OFFICER),
            IN_PROGRESS, ClockEffect.RESUME, DossierEventType.PAYMENT_CONFIRMED),
    SUSPEND("suspend", EnumSet.of(RECEIVED, IN_PROGRESS), EnumSet.of(COMPETENT_OFFICER), SUSPENDED, ClockEffect.PAUSE,
            DossierEventType.SUSPENDED),
    RESUME("resume", EnumSet.of(SUSPENDED), EnumSet.of(COMPETENT_OFFICER), IN_PROGRESS, ClockEffect.RESUME,
            DossierEventType.RESUMED),
    RESOLVE("resolve", EnumSet.of(RECEIVED, IN_PROGRESS), EnumSet.of(COMPETENT_OFFICER), RESOLVED, ClockEffect.STOP,
            DossierEventType.RESOLVED),
    RETURN("return", EnumSet.of(RESOLVED), EnumSet.of(RECEIVING_OFFICER), RETURNED, ClockEffect.NONE, DossierEventType.RETURNED),
    WITHDRAW("withdraw", EnumSet.of(SUBMITTED, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, SUSPENDED),
            EnumSet.of(RECEIVING_OFFICER, OWNER), WITHDRAWN, ClockEffect.STOP, DossierEventType.WITHDRAWN),
    RESCHEDULE("reschedule", EnumSet.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, SUSPENDED),
            EnumSet.of(COMPETENT_OFFICER), null, ClockEffect.NONE, DossierEventType.RESCHEDULED),
    OVERDUE("overdue", EnumSet.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, SUSPENDED),
            EnumSet.of(SYSTEM), null, ClockEffect.NONE, DossierEventType.OVERDUE);

    private final String pathName;
    private final Set<DossierStatus> from;
    private final Set<DossierRole> performers;
    private final DossierStatus target;
    private final ClockEffect clock;
    private final DossierEventType event;

    DossierAction(String pathName, Set<DossierStatus> from, Set<DossierRole> performers, DossierStatus target,
                  ClockEffect clock, DossierEventType event) {
        this.pathName = pathName;
        this.from = from;
        this.performers = performers;
        this.target = target;
        this.clock = clock;
        this.event = event;
    }

    /** The name in {@code POST /api/v1/dossiers/{id}/actions/{action}}. */
    public String pathName() {
        return pathName;
    }

    public boolean isAllowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    public Set<DossierRole> performers() {
        return performers;
    }

    /** The status after the action; empty when the status does not change (reschedule, overdue). */
    public Optional<DossierStatus> target() {
        return Optional.ofNullable(target);
    }

    public ClockEffect clock() {
        return clock;
    }

    public DossierEventType event() {
        return event;
    }

    public static Optional<DossierAction> ofPathName(String name) {
        return Arrays.stream(values()).filter(action -> action.pathName.equals(name)).findFirst();
    }
}
