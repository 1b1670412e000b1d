package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.RepresentativeCapacity;

/**
 * What a dossier's public state says of its applicant: a person's or an organisation's, and whether a
 * representative handed it in and in what capacity. It identifies nobody, so events may carry it.
 *
 * @param representativeCapacity null when the applicant handed the dossier in
 */
public record ApplicantProfile(ApplicantKind kind, RepresentativeCapacity representativeCapacity) {

    /** A person handing in their own dossier, as every dossier was before organisations and representatives. */
    public static final ApplicantProfile PERSON_IN_PERSON = new ApplicantProfile(ApplicantKind.PERSON, null);

    public ApplicantProfile {
        if (kind == null) {
            throw new IllegalArgumentException("an applicant is a PERSON or an ORGANISATION");
        }
    }
}
