package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.Confidence;

import java.time.LocalDate;

/** A named day of the calendar. */
@Schema(description = "A holiday or a make-up working day")
public record CalendarDayResponse(
        @Schema(example = "2025-01-29") LocalDate date,
        @Schema(example = "Tết Nguyên đán (mùng 1)") String name,
        @Schema(description = "CERTAIN (fixed by law or announced), HIGH, MEDIUM (a default the government may decide otherwise), LOW")
        Confidence confidence) {

    static CalendarDayResponse of(CalendarDay day) {
        return new CalendarDayResponse(day.date(), day.name(), day.confidence());
    }
}
