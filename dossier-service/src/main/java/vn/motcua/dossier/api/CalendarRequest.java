package vn.motcua.dossier.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A year's holidays and make-up working days, replacing what is stored (or proposed). Other fields
 * of a GET answer (status, version, workingWeek) are ignored, so an edited GET can be sent back.
 */
@Schema(description = "The holidays and make-up working days of a year, replacing the stored ones")
public record CalendarRequest(
        @Schema(description = "Public holidays and compensatory days off (any date of the year, weekends included)")
        @NotNull @Size(max = 366) List<@NotNull @Valid CalendarDayRequest> holidays,
        @Schema(description = "Days worked in place of a day off the government swapped (days the working week does not work in full)")
        @NotNull @Size(max = 366) List<@NotNull @Valid CalendarDayRequest> makeUpWorkingDays) {
}
