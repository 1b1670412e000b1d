package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.dossier.domain.deadline.Deadline;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.Timeliness;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dossier's public state: what the lifecycle rules read and change. Personal data (the applicant)
 * is not part of it; it stays beside the dossier in the service's own tables.
 *
 * @param ownerSubject      the token subject of the citizen who submitted it online; null at the counter
 * @param applicant         the applicant's kind and who handed it in: nothing that identifies anyone
 * @param deadline          fixed at receipt and at each resume; null before receipt
 * @param pausedSince       when the current pause began; null when the clock is not paused
 * @param missingDocuments  what the supplement request (Mẫu 02) asked for, once
 * @param overdueNotified   whether the one overdue event was published
 * @param sequence          how many events the dossier has had
 */
public record DossierState(
        UUID id,
        String code,
        String procedureCode,
        String fieldCode,
        ProcessingTime processingTime,
        String receivingUnitCode,
        String competentUnitCode,
        Channel channel,
        String ownerSubject,
        ApplicantProfile applicant,
        DossierStatus status,
        Instant submittedAt,
        Instant receivedAt,
        Deadline deadline,
        Instant pausedSince,
        Instant resolvedAt,
        Outcome outcome,
        Boolean resultAsFile,
        Timeliness timeliness,
        Instant newAppointmentAt,
        String reasonCode,
        List<String> missingDocuments,
        boolean overdueNotified,
        Integer rating,
        int documentsTotal,
        int documentsAsFiles,
        long sequence) {

    public DossierState {
        missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
    }

    public Optional<Deadline> currentDeadline() {
        return Optional.ofNullable(deadline);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public boolean supplementWasRequested() {
        return !missingDocuments.isEmpty();
    }

    /**
     * The dossier after a file was stored for one of its documents (uploaded, or scanned at the counter): its status
     * and clock unchanged, its sequence one further, for the {@code file-attached} event that says so.
     */
    public DossierState afterFileAttached() {
        return change().build();
    }

    Builder change() {
        return new Builder(this);
    }

    /** Copies a state with some parts changed; the lifecycle's way of making the next state. */
    static final class Builder {
        private DossierStatus status;
        private Instant receivedAt;
        private Deadline deadline;
        private Instant pausedSince;
        private Instant resolvedAt;
        private Outcome outcome;
        private Boolean resultAsFile;
        private Timeliness timeliness;
        private Instant newAppointmentAt;
        private String reasonCode;
        private List<String> missingDocuments;
        private boolean overdueNotified;
        private final DossierState from;

        private Builder(DossierState from) {
            this.from = from;
            status = from.status;
            receivedAt = from.receivedAt;
            deadline = from.deadline;
            pausedSince = from.pausedSince;
            resolvedAt = from.resolvedAt;
            outcome = from.outcome;
            resultAsFile = from.resultAsFile;
            timeliness = from.timeliness;
            newAppointmentAt = from.newAppointmentAt;
            reasonCode = from.reasonCode;
            missingDocuments = from.missingDocuments;
            overdueNotified = from.overdueNotified;
        }

        Builder status(DossierStatus value) {
            status = value;
            return this;
        }

        Builder receivedAt(Instant value) {
            receivedAt = value;
            return this;
        }

        Builder deadline(Deadline value) {
            deadline = value;
            return this;
        }

        Builder pausedSince(Instant value) {
            pausedSince = value;
            return this;
        }

        Builder resolvedAt(Instant value) {
            resolvedAt = value;
            return this;
        }

        Builder outcome(Outcome value, Boolean asFile) {
            outcome = value;
            resultAsFile = asFile;
            return this;
        }

        Builder timeliness(Timeliness value) {
            timeliness = value;
            return this;
        }

        Builder newAppointmentAt(Instant value) {
            newAppointmentAt = value;
            return this;
        }

        Builder reasonCode(String value) {
            reasonCode = value;
            return this;
        }

        Builder missingDocuments(List<String> value) {
            missingDocuments = value;
            return this;
        }

        Builder overdueNotified() {
            overdueNotified = true;
            return this;
        }

        DossierState build() {
            return new DossierState(from.id, from.code, from.procedureCode, from.fieldCode, from.processingTime,
                    from.receivingUnitCode, from.competentUnitCode, from.channel, from.ownerSubject, from.applicant, status, from.submittedAt,
                    receivedAt, deadline, pausedSince, resolvedAt, outcome, resultAsFile, timeliness, newAppointmentAt,
                    reasonCode, missingDocuments, overdueNotified, from.rating, from.documentsTotal, from.documentsAsFiles,
                    from.sequence + 1);
        }
    }
}
