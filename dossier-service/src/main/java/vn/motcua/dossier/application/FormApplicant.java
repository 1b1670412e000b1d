package vn.motcua.dossier.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.Representative;
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.RepresentativeCapacity;

/**
 * The applicant as a form addresses them: a person as Ông/Bà, an organisation by its name, and whoever
 * handed the dossier in for them. Personal data: the form goes to the applicant.
 */
@Schema(description = "Personal data: the form goes to the applicant")
public record FormApplicant(
        @Schema(description = "The person's full name or the organisation's name") String name,
        ApplicantKind kind,
        @Schema(description = "How the form addresses the applicant", example = "Ông/Bà") String salutation,
        @Schema(description = "Who handed it in for the applicant, if not the applicant", nullable = true)
        FormRepresentative representative) {

    /** Someone who handed the dossier in for the applicant, and in what capacity, in the form's words. */
    public record FormRepresentative(String fullName, RepresentativeCapacity capacity,
                                     @Schema(example = "thành viên Tổ công nghệ số cộng đồng") String capacityText) {
    }

    static FormApplicant of(Applicant applicant) {
        if (applicant == null) {
            return new FormApplicant(null, ApplicantKind.PERSON, "Ông/Bà", null);
        }
        Representative representative = applicant.representative();
        return new FormApplicant(applicant.displayName(), applicant.effectiveKind(), salutation(applicant.effectiveKind()),
                representative == null ? null : new FormRepresentative(representative.fullName(), representative.capacity(),
                        VietnameseText.capacity(representative.capacity())));
    }

    private static String salutation(ApplicantKind kind) {
        return kind == ApplicantKind.ORGANISATION ? "Quý cơ quan, tổ chức" : "Ông/Bà";
    }
}
