package vn.motcua.dossier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.Confidence;

import java.time.LocalDate;

/** A holiday or make-up working day as a province admin writes it. */
@Schema(description = "A holiday or a make-up working day")
public record CalendarDayRequest(
        @Schema(description = "The date, yyyy-MM-dd, inside the year of the path", example = "2027-02-06")
        @NotNull LocalDate date,
        @Schema(description = "Its name as the government announced it", example = "Tết Nguyên đán (mùng 1)", maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "How sure the entry is; CERTAIN when left out (the admin enters what was announced)",
                nullable = true, defaultValue = "CERTAIN")
        Confidence confidence) {

    CalendarDay toDay() {
        return new CalendarDay(date, name.strip(), confidence == null ? Confidence.CERTAIN : confidence);
    }
}
