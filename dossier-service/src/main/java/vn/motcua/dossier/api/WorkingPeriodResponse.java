package vn.motcua.dossier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.calendar.WorkingPeriod;

import java.time.format.DateTimeFormatter;

/** A period of working hours, local time. */
@Schema(description = "A period of working hours, local time (HH:mm)")
public record WorkingPeriodResponse(@Schema(example = "07:30") String start, @Schema(example = "11:30") String end) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    static WorkingPeriodResponse of(WorkingPeriod period) {
        return new WorkingPeriodResponse(HOURS.format(period.start()), HOURS.format(period.end()));
    }
}
