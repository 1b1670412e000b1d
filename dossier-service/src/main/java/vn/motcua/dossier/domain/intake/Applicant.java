package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whom a dossier is for (người yêu cầu): a person, named with their CCCD, or an organisation, named with
 * its tax code; optionally handed in by a representative. At least one way to reach them: many people in
 * mountain communes have no phone. Personal data: it never leaves dossier-service and is never logged;
 * {@link #toString()} shows none of it.
 *
 * @param kind             PERSON when absent, as every applicant was before organisations were taken
 * @param fullName         a person's full name
 * @param citizenId        a person's 12-digit citizen identity number (CCCD)
 * @param organisationName an organisation's registered name
 * @param taxCode          an organisation's tax code: 10 digits, 13 written {@code NNNNNNNNNN-NNN} (a branch or
 *                         dependent unit), or 12 digits (a household business, which uses its owner's CCCD)
 * @param phone            a Vietnamese number: 10 digits starting with 0, or +84 and 9 digits
 */
public record Applicant(
        ApplicantKind kind,
        String fullName,
        String citizenId,
        String organisationName,
        String taxCode,
        String phone,
        String address,
        String email,
        Representative representative) {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}|\\d{10}-\\d{3}|\\d{12}");
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** A person handing in their own dossier. */
    public static Applicant person(String fullName, String citizenId, String phone, String address, String email) {
        return new Applicant(ApplicantKind.PERSON, fullName, citizenId, null, null, phone, address, email, null);
    }

    /** The kind, PERSON when the request left it out. */
    public ApplicantKind effectiveKind() {
        return kind == null ? ApplicantKind.PERSON : kind;
    }

    /** The person's or the organisation's name, as forms address the applicant. */
    public String displayName() {
        return effectiveKind() == ApplicantKind.ORGANISATION ? organisationName : fullName;
    }

    /** The representative's capacity; null when the applicant handed it in themself. */
    public RepresentativeCapacity representativeCapacity() {
        return representative == null ? null : representative.capacity();
    }

    /** Every rule the applicant's data breaks, naming the field but never echoing the value. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (effectiveKind() == ApplicantKind.PERSON) {
            checkName("fullName", fullName, violations);
            checkCitizenId("citizenId", citizenId, violations);
            notFor("organisationName", organisationName, "a PERSON; an organisation's applicant has kind ORGANISATION", violations);
            notFor("taxCode", taxCode, "a PERSON; an organisation's applicant has kind ORGANISATION", violations);
        } else {
            checkName("organisationName", organisationName, violations);
            if (taxCode == null || !TAX_CODE.matcher(taxCode).matches()) {
                violations.add(new Violation("taxCode", "must be a tax code: 10 digits, 13 written NNNNNNNNNN-NNN,"
                        + " or 12 digits for a household business (its owner's CCCD)"));
            }
            notFor("fullName", fullName, "an ORGANISATION: its name is organisationName; whoever hands it in is the representative",
                    violations);
            notFor("citizenId", citizenId, "an ORGANISATION: a household business gives its owner's CCCD as taxCode",
                    violations);
        }
        if (blank(phone) && blank(email) && blank(address)) {
            violations.add(new Violation("phone", "at least one way to reach the applicant is required: phone, email or address"));
        }
        if (!blank(phone) && !PHONE.matcher(phone.replace(" ", "")).matches()) {
            violations.add(new Violation("phone", "must be a Vietnamese phone number: 10 digits starting with 0, or +84 and 9 digits"));
        }
        if (!blank(address) && address.length() > 500) {
            violations.add(new Violation("address", "must be at most 500 characters"));
        }
        if (!blank(email) && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add(new Violation("email", "must be an e-mail address such as ten@example.vn"));
        }
        if (representative != null) {
            representative.violations().forEach(violation -> violations.add(violation.under("representative")));
        }
        return violations;
    }

    /** As stored: the kind explicit, names stripped, the phone without spaces, blanks as absent. */
    public Applicant normalised() {
        boolean person = effectiveKind() == ApplicantKind.PERSON;
        return new Applicant(effectiveKind(), person ? fullName.strip() : null, person ? citizenId : null,
                person ? null : organisationName.strip(), person ? null : taxCode,
                blank(phone) ? null : phone.replace(" ", ""), blank(address) ? null : address.strip(),
                blank(email) ? null : email.strip(), representative == null ? null : representative.normalised());
    }

    static void checkName(String field, String name, List<Violation> violations) {
        if (blank(name)) {
            violations.add(new Violation(field, "is required"));
        } else if (name.length() > 200) {
            violations.add(new Violation(field, "must be at most 200 characters"));
        }
    }

    static void checkCitizenId(String field, String citizenId, List<Violation> violations) {
        if (citizenId == null || !CITIZEN_ID.matcher(citizenId).matches()) {
            violations.add(new Violation(field, "must be the 12 digits of a citizen identity card (CCCD)"));
        }
    }

    private static void notFor(String field, String value, String who, List<Violation> violations) {
        if (!blank(value)) {
            violations.add(new Violation(field, "is not given for " + who));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "Applicant[" + effectiveKind() + ", personal data withheld]";
    }
}
