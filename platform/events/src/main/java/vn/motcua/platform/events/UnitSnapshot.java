package vn.motcua.platform.events;

import java.time.OffsetDateTime;

/**
 * The full current state of an administrative unit (the province or one of its communes), published
 * on {@link Topics#UNITS} keyed by its code at every change.
 *
 * @param code       the national administrative unit code: 2 digits for a province, 5 for a commune
 * @param kind       PROVINCE, COMMUNE (xã), WARD (phường) or SPECIAL_ZONE (đặc khu)
 * @param agencyCode the code used in dossier codes, such as {@code 000.00.01.H29}
 * @param status     ACTIVE, or INACTIVE once merged away
 */
public record UnitSnapshot(
        String code,
        String name,
        String kind,
        String provinceCode,
        String agencyCode,
        String status,
        long version,
        OffsetDateTime updatedAt) {

    public static final String TYPE = "vn.motcua.unit.snapshot.v1";
}
