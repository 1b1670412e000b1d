package vn.motcua.platform.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Valid payloads of the contract, built as the records producers build, for tests to start from. */
final class SampleEvents {

    static final UUID EVENT_ID = UUID.fromString("3f6c1a2e-8d4b-4c1e-9a57-2b0e6f1d9c10");
    static final UUID DOSSIER_ID = UUID.fromString("b7e2d0c4-5a1f-4e8b-8c3d-7f9a0b1c2d3e");
    static final String DOSSIER_CODE = "000.00.01.H29-250701-0001";
    static final String COMMUNE = "16906";
    static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2025-07-01T08:15:00+07:00");
    static final OffsetDateTime DUE_AT = OffsetDateTime.parse("2025-07-01T17:00:00+07:00");
    static final OffsetDateTime RESOLVED_AT = OffsetDateTime.parse("2025-07-01T10:42:30.5+07:00");

    private SampleEvents() {
    }

    /** A birth registration received at the counter of a commune: many fields are not known yet. */
    static DossierLifecycleEvent received() {
        return new DossierLifecycleEvent(EVENT_ID, DOSSIER_ID, DOSSIER_CODE, 1L, "received", RECEIVED_AT,
                DossierStatus.RECEIVED, DossierStatus.RECEIVED.code(), "1.001193", "HO_TICH", COMMUNE, COMMUNE,
                Channel.COUNTER, RECEIVED_AT, RECEIVED_AT, DUE_AT, 0L, null, null, null, null, null, 2, 1, null);
    }

    /** The same dossier resolved early, with every field known: a cooperative's, handed in by the commune's digital team. */
    static DossierLifecycleEvent resolved() {
        return new DossierLifecycleEvent(UUID.fromString("5d0a9e31-7c2b-4f6a-b8e4-1c3d5e7f9a0b"), DOSSIER_ID,
                DOSSIER_CODE, 3L, "resolved", RESOLVED_AT, DossierStatus.RESOLVED, DossierStatus.RESOLVED.code(),
                "1.001193", "HO_TICH", COMMUNE, COMMUNE, Channel.COUNTER, RECEIVED_AT, RECEIVED_AT, DUE_AT, 0L,
                RESOLVED_AT, Timeliness.ON_TIME, null, null, null, 2, 1, true, null, ApplicantKind.ORGANISATION,
                RepresentativeCapacity.COMMUNITY_DIGITAL_TEAM);
    }

    /** A lifecycle event of the given type, otherwise like {@link #received()}. */
    static DossierLifecycleEvent ofType(DossierEventType type) {
        DossierLifecycleEvent base = received();
        return new DossierLifecycleEvent(base.eventId(), base.dossierId(), base.dossierCode(), base.sequence(),
                type.eventName(), base.occurredAt(), base.status(), base.statusCode(), base.procedureCode(),
                base.fieldCode(), base.receivingUnitCode(), base.competentUnitCode(), base.channel(),
                base.submittedAt(), base.receivedAt(), base.dueAt(), base.pausedWorkingMinutes(), base.resolvedAt(),
                base.timeliness(), base.newAppointmentAt(), base.reasonCode(), base.rating(), base.documentsTotal(),
                base.documentsAsFiles(), base.resultAsFile());
    }

    /** A file stored for the second document of the dossier of {@link #received()}: one stored, none scanned. */
    static DossierLifecycleEvent fileAttached() {
        DossierLifecycleEvent base = received();
        return new DossierLifecycleEvent(UUID.fromString("8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f"), base.dossierId(),
                base.dossierCode(), 2L, "file-attached", RECEIVED_AT.plusMinutes(5), base.status(), base.statusCode(),
                base.procedureCode(), base.fieldCode(), base.receivingUnitCode(), base.competentUnitCode(), base.channel(),
                base.submittedAt(), base.receivedAt(), base.dueAt(), base.pausedWorkingMinutes(), null, null, null, null,
                null, 2, 1, null, null, ApplicantKind.PERSON, null, 1, 0, 2,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    /** Đăng ký khai sinh: same day, received after 15:00 counts as the next working day. */
    static ProcedureSnapshot birthRegistration() {
        return new ProcedureSnapshot("1.001193", 2L, "ACTIVE", "Đăng ký khai sinh", "HO_TICH",
                "Tư pháp - Hộ tịch", List.of("COMMUNE"),
                new ProcedureSnapshot.ProcessingTime("SAME_DAY", null, "15:00"),
                List.of(new ProcedureSnapshot.Fee("COUNTER", BigDecimal.ZERO, "Miễn lệ phí đúng hạn"),
                        new ProcedureSnapshot.Fee("COUNTER", new BigDecimal("8000"), "Đăng ký quá hạn")),
                false,
                List.of(new ProcedureSnapshot.RequiredDocument("Tờ khai đăng ký khai sinh", "Mẫu tờ khai", 1,
                                "ORIGINAL"),
                        new ProcedureSnapshot.RequiredDocument("Giấy chứng sinh", null, 1, "ORIGINAL_OR_COPY")),
                List.of("Luật Hộ tịch 2014", "Nghị định 123/2015/NĐ-CP"),
                "Ủy ban nhân dân cấp xã", "FULL", LocalDate.of(2025, 7, 1), "Quyết định 1234/QĐ-UBND",
                OffsetDateTime.parse("2025-06-30T16:00:00+07:00"));
    }

    static UnitSnapshot commune() {
        return new UnitSnapshot(COMMUNE, "Xã Lượng Minh", "COMMUNE", "40", "000.00.01.H29", "ACTIVE", 1L,
                OffsetDateTime.parse("2025-07-01T07:00:00+07:00"));
    }

    /** The JSON of a payload after a change made on its tree, for payloads no record can express. */
    static byte[] edited(Object payload, Consumer<ObjectNode> edit) {
        try {
            ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(payload));
            edit.accept(json);
            return EventJson.mapper().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(Object payload) {
        try {
            return (ObjectNode) EventJson.mapper().readTree(EventJson.write(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
