package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone who hands a dossier in for the applicant (người nộp thay): personal data, like the applicant's.
 * {@link #toString()} shows none of it.
 *
 * @param citizenId the representative's 12-digit CCCD
 */
public record Representative(
        String fullName,
        String citizenId,
        RepresentativeCapacity capacity) {

    /** Every rule the representative's data breaks, naming the field but never echoing the value. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Applicant.checkName("fullName", fullName, violations);
        Applicant.checkCitizenId("citizenId", citizenId, violations);
        if (capacity == null) {
            violations.add(new Violation("capacity", "is required: RELATIVE, AUTHORISED_PERSON or COMMUNITY_DIGITAL_TEAM"));
        }
        return violations;
    }

    Representative normalised() {
        return new Representative(fullName.strip(), citizenId, capacity);
    }

    @Override
    public String toString() {
        return "Representative[" + capacity + ", personal data withheld]";
    }
}
