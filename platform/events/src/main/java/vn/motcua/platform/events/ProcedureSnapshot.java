package vn.motcua.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The full current state of an administrative procedure, published on {@link Topics#CATALOG} keyed by
 * its code at every change: what consumers need to show names, start due-date clocks and compute
 * transparency.
 *
 * @param code               national code such as {@code 1.001193}, with an optional provincial suffix
 * @param status             ACTIVE or WITHDRAWN
 * @param version            1, 2, 3... per procedure: consumers keep the highest
 * @param levels             PROVINCE and/or COMMUNE
 * @param fees               what it costs; empty when it is free or when its fees are not entered yet
 * @param free               true when the procedure is free by law (and then has no fees); added within v1, so a
 *                           payload written before it reads as false: fees not stated
 * @param onlineServiceLevel FULL, PARTIAL or NONE
 */
public record ProcedureSnapshot(
        String code,
        long version,
        String status,
        String name,
        String fieldCode,
        String fieldName,
        List<String> levels,
        ProcessingTime processingTime,
        List<Fee> fees,
        boolean free,
        List<RequiredDocument> documents,
        List<String> legalBasis,
        String competentAgency,
        String onlineServiceLevel,
        LocalDate effectiveDate,
        String announcingDecision,
        OffsetDateTime updatedAt) {

    public static final String TYPE = "vn.motcua.procedure.snapshot.v1";

    /**
     * The legal processing time.
     *
     * @param unit       WORKING_DAYS, WORKING_HOURS or SAME_DAY
     * @param amount     how many days or hours (null for SAME_DAY)
     * @param cutoffTime for SAME_DAY: received after this local time counts as the next working day, e.g. {@code 15:00}
     */
    public record ProcessingTime(String unit, Integer amount, String cutoffTime) {
    }

    /** A fee or charge; it may differ by channel (online is often cheaper). Amounts in VND. */
    public record Fee(String channel, BigDecimal amount, String description) {
    }

    /** One document of the dossier (thành phần hồ sơ). */
    public record RequiredDocument(String name, String template, int copies, String form) {
    }
}
