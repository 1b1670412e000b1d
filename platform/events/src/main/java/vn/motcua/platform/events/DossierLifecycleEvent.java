package vn.motcua.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change of a dossier, published on {@link Topics#LIFECYCLE}: a full snapshot of the dossier's
 * public state after the change. Never personal data: codes, dates and counts only. Fields that are
 * not known yet are null.
 *
 * @param sequence              1, 2, 3... per dossier, on every type: consumers keep the highest
 * @param type                  the event name, such as {@code received} ({@link DossierEventType#eventName()})
 * @param pausedWorkingMinutes  working time spent in paused statuses so far
 * @param newAppointmentAt      the appointment set by the latest apology (Mẫu 04), if any
 * @param documentsAsFiles      how many of the documents were received as files (digitisation)
 * @param apologyLate           on a {@code rescheduled} event: whether the apology came later than the one-stop
 *                              rules ask (at least one day before the due date); null on other events. Added
 *                              within v1, so older events lack it
 * @param applicantKind         whether the dossier is a person's or an organisation's; added within v1, so
 *                              older events lack it (null)
 * @param representativeCapacity in what capacity a representative handed the dossier in for the applicant;
 *                              null when the applicant handed it in, or on events older than
 *                              {@code applicantKind}
 */
public record DossierLifecycleEvent(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        long sequence,
        String type,
        OffsetDateTime occurredAt,
        DossierStatus status,
        int statusCode,
        String procedureCode,
        String fieldCode,
        String receivingUnitCode,
        String competentUnitCode,
        Channel channel,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        Long pausedWorkingMinutes,
        OffsetDateTime resolvedAt,
        Timeliness timeliness,
        OffsetDateTime newAppointmentAt,
        String reasonCode,
        Integer rating,
        Integer documentsTotal,
        Integer documentsAsFiles,
        Boolean resultAsFile,
        Boolean apologyLate,
        ApplicantKind applicantKind,
        RepresentativeCapacity representativeCapacity) {

    /** An event as it was written before {@code apologyLate}, {@code applicantKind} and {@code representativeCapacity} were added. */
    public DossierLifecycleEvent(UUID eventId, UUID dossierId, String dossierCode, long sequence, String type,
                                 OffsetDateTime occurredAt, DossierStatus status, int statusCode, String procedureCode,
                                 String fieldCode, String receivingUnitCode, String competentUnitCode, Channel channel,
                                 OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                 Long pausedWorkingMinutes, OffsetDateTime resolvedAt, Timeliness timeliness,
                                 OffsetDateTime newAppointmentAt, String reasonCode, Integer rating, Integer documentsTotal,
                                 Integer documentsAsFiles, Boolean resultAsFile) {
        this(eventId, dossierId, dossierCode, sequence, type, occurredAt, status, statusCode, procedureCode, fieldCode,
                receivingUnitCode, competentUnitCode, channel, submittedAt, receivedAt, dueAt, pausedWorkingMinutes,
                resolvedAt, timeliness, newAppointmentAt, reasonCode, rating, documentsTotal, documentsAsFiles,
                resultAsFile, null, null, null);
    }

    /** The CloudEvents type of this event. */
    public String cloudEventType() {
        return DossierEventType.ofEventName(type)
                .orElseThrow(() -> new IllegalStateException("unknown dossier event type " + type))
                .cloudEventType();
    }
}
