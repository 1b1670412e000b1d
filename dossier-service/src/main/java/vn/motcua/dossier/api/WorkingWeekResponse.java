package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.calendar.WorkingWeek;

import java.time.DayOfWeek;
import java.util.List;

/** The configured working week the holidays apply to. */
@Schema(description = "The province's ordinary working week and hours (configuration, not part of a PUT)")
public record WorkingWeekResponse(
        @Schema(description = "Days worked in full") List<DayOfWeek> fullDays,
        @Schema(description = "Days worked in the morning only (Saturday where Saturday mornings are worked)")
        List<DayOfWeek> morningOnlyDays,
        @Schema(description = "Working hours of a full day; a morning-only day works the first") List<WorkingPeriodResponse> hours) {

    static WorkingWeekResponse of(WorkingWeek week) {
        return new WorkingWeekResponse(week.fullDays().stream().sorted().toList(), week.morningOnlyDays().stream().sorted().toList(),
                week.fullDayPeriods().stream().map(WorkingPeriodResponse::of).toList());
    }
}
