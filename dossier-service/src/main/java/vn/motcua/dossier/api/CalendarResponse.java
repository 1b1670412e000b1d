package vn.motcua.dossier.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.CalendarStatus;
import vn.motcua.dossier.application.CalendarView;
import vn.motcua.dossier.application.Revision;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.OffsetDateTime;
import java.util.List;

/** A year of the working calendar. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A year of the working calendar: stored, or proposed when nobody stored it")
public record CalendarResponse(
        @Schema(example = "2025") int year,
        @Schema(description = "STORED: the province's data; PROPOSED: computed from the law and the lunar calendar, not stored")
        CalendarStatus status,
        @Schema(description = "The stored version, also the ETag; absent when proposed", nullable = true, example = "1")
        Long version,
        @Schema(description = "When the stored year was last written; absent when proposed", nullable = true)
        OffsetDateTime updatedAt,
        @Schema(description = "Who last wrote it (token subject, or system:seed); absent when proposed", nullable = true)
        String updatedBy,
        @Schema(description = "Holidays and compensatory days off, by date") List<CalendarDayResponse> holidays,
        @Schema(description = "Make-up working days, by date") List<CalendarDayResponse> makeUpWorkingDays,
        WorkingWeekResponse workingWeek) {

    static CalendarResponse of(CalendarView view) {
        return new CalendarResponse(
                view.year(),
                view.status(),
                view.revision().map(Revision::version).orElse(null),
                view.revision().map(revision -> revision.updatedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime()).orElse(null),
                view.revision().map(Revision::updatedBy).orElse(null),
                view.schedule().holidays().stream().map(CalendarDayResponse::of).toList(),
                view.schedule().makeUpWorkingDays().stream().map(CalendarDayResponse::of).toList(),
                WorkingWeekResponse.of(view.week()));
    }
}
