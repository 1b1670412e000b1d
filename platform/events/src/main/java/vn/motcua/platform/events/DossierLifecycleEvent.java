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
 * @param documentsStored       how many of the documents have a stored file (uploaded, or scanned at the counter):
 *                              the 766 digitization counts these, not {@code documentsAsFiles}; added within v1,
 *                              so older events lack it (null)
 * @param documentsScanned      of {@code documentsStored}, how many were paper scanned at the counter; added
 *                              within v1 (null on older events)
 * @param documentPosition      on a {@code file-attached} event: the position (from 0, as in the REST API) of the document the file
 *                              was attached to; null on other events
 * @param fileSha256            on a {@code file-attached} event: the SHA-256 of the stored bytes (64 lowercase hex
 *                              digits), never the file's name; null on other events
 * @param resultStored          whether the result was issued as an electronic file that dossier-service stores (the
 *                              applicant downloads it with the code and PIN); null until the dossier is resolved, and
 *                              on events older than this field
 * @param resultSigned          whether that stored result carries a digital signature (an unsigned file is a copy);
 *                              null when no result is stored
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
        RepresentativeCapacity representativeCapacity,
        Integer documentsStored,
        Integer documentsScanned,
        Integer documentPosition,
        String fileSha256,
        Boolean resultStored,
        Boolean resultSigned) {

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
                resultAsFile, null, null, null, null, null, null, null);
    }

    /** An event as it was written before {@code documentsStored}, {@code documentsScanned}, {@code documentPosition} and {@code fileSha256} were added. */
    public DossierLifecycleEvent(UUID eventId, UUID dossierId, String dossierCode, long sequence, String type,
                                 OffsetDateTime occurredAt, DossierStatus status, int statusCode, String procedureCode,
                                 String fieldCode, String receivingUnitCode, String competentUnitCode, Channel channel,
                                 OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                 Long pausedWorkingMinutes, OffsetDateTime resolvedAt, Timeliness timeliness,
                                 OffsetDateTime newAppointmentAt, String reasonCode, Integer rating, Integer documentsTotal,
                                 Integer documentsAsFiles, Boolean resultAsFile, Boolean apologyLate, ApplicantKind applicantKind,
                                 RepresentativeCapacity representativeCapacity) {
        this(eventId, dossierId, dossierCode, sequence, type, occurredAt, status, statusCode, procedureCode, fieldCode,
                receivingUnitCode, competentUnitCode, channel, submittedAt, receivedAt, dueAt, pausedWorkingMinutes,
                resolvedAt, timeliness, newAppointmentAt, reasonCode, rating, documentsTotal, documentsAsFiles,
                resultAsFile, apologyLate, applicantKind, representativeCapacity, null, null, null, null, null, null);
    }

    /** An event as it was written before {@code resultStored} and {@code resultSigned} were added. */
    public DossierLifecycleEvent(UUID eventId, UUID dossierId, String dossierCode, long sequence, String type,
                                 OffsetDateTime occurredAt, DossierStatus status, int statusCode, String procedureCode,
                                 String fieldCode, String receivingUnitCode, String competentUnitCode, Channel channel,
                                 OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                 Long pausedWorkingMinutes, OffsetDateTime resolvedAt, Timeliness timeliness,
                                 OffsetDateTime newAppointmentAt, String reasonCode, Integer rating, Integer documentsTotal,
                                 Integer documentsAsFiles, Boolean resultAsFile, Boolean apologyLate, ApplicantKind applicantKind,
                                 RepresentativeCapacity representativeCapacity, Integer documentsStored, Integer documentsScanned,
                                 Integer documentPosition, String fileSha256) {
        this(eventId, dossierId, dossierCode, sequence, type, occurredAt, status, statusCode, procedureCode, fieldCode,
                receivingUnitCode, competentUnitCode, channel, submittedAt, receivedAt, dueAt, pausedWorkingMinutes,
                resolvedAt, timeliness, newAppointmentAt, reasonCode, rating, documentsTotal, documentsAsFiles,
                resultAsFile, apologyLate, applicantKind, representativeCapacity, documentsStored, documentsScanned,
                documentPosition, fileSha256, null, null);
    }

    /** The CloudEvents type of this event. */
    public String cloudEventType() {
        return DossierEventType.ofEventName(type)
                .orElseThrow(() -> new IllegalStateException("unknown dossier event type " + type))
                .cloudEventType();
    }
}
