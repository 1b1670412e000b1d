package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.PublicDossier;
import vn.motcua.dossier.application.VietnameseText;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Outcome;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the holder of a dossier's code and PIN learns: where it stands and what is missing, and no personal data. */
@Schema(description = "A dossier as the public lookup shows it (no personal data)")
public record LookupView(
        String code,
        DossierStatus status,
        int statusCode,
        @Schema(example = "Đang giải quyết") String statusText,
        String procedureCode,
        String procedureName,
        String receivingUnitCode,
        String receivingUnitName,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        @Schema(example = "2025-07-14") String dueDate,
        @Schema(description = "What the supplement request asks for, while the dossier waits for it") List<String> missingDocuments,
        @Schema(description = "The new appointment of an apology (Mẫu 04)") OffsetDateTime newAppointmentAt,
        OffsetDateTime resolvedAt,
        Outcome outcome,
        @Schema(description = "The citizen's rating, once given") Integer rating,
        @Schema(description = "Whether POST /api/v1/public/rating would be accepted now") boolean ratingOpen,
        @Schema(description = "Whether POST /api/v1/public/result answers the electronic result now: the dossier is"
                + " resolved and its result file stored") boolean resultAvailable,
        @Schema(description = "Whether that file carries a digital signature (present; its validity is not verified);"
                + " null when no result is available") Boolean resultSigned,
        @Schema(description = "What the result file is, in Vietnamese: signed, or only a copy; null when none is available",
                example = "Tệp kết quả không có chữ ký số: đây chỉ là bản sao để tham khảo, không thay cho bản chính;"
                        + " nhận bản chính tại nơi trả kết quả.") String resultNote) {

    static LookupView of(PublicDossier dossier) {
        DossierState state = dossier.state();
        OffsetDateTime due = state.deadline() == null ? null : state.deadline().dueAt().toOffsetDateTime();
        return new LookupView(state.code(), state.status(), state.status().code(), VietnameseText.status(state.status()),
                state.procedureCode(), dossier.procedureName(), state.receivingUnitCode(), dossier.receivingUnitName(),
                local(state.submittedAt()), local(state.receivedAt()), due, due == null ? null : due.toLocalDate().toString(),
                state.status() == DossierStatus.SUPPLEMENT_REQUESTED ? state.missingDocuments() : List.of(),
                local(state.newAppointmentAt()), local(state.resolvedAt()), state.outcome(), state.rating(),
                state.status() == DossierStatus.RETURNED && state.rating() == null, dossier.result().available(),
                dossier.result().available() ? dossier.result().signed() : null, VietnameseText.result(dossier.result()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
    }
}
