package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The person who hands in a dossier (người nộp). Personal data: it never leaves dossier-service and is
 * never logged; {@link #toString()} shows none of it.
 *
 * @param citizenId the 12-digit citizen identity number (CCCD)
 * @param phone     a Vietnamese number: 10 digits starting with 0, or +84 and 9 digits
 */
public record Applicant(String fullName, String citizenId, String phone, String address, String email) {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Every rule the applicant's data breaks, naming the field but never echoing the value. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            violations.add(new Violation("fullName", "is required"));
        } else if (fullName.length() > 200) {
            violations.add(new Violation("fullName", "must be at most 200 characters"));
        }
        if (citizenId == null || !CITIZEN_ID.matcher(citizenId).matches()) {
            violations.add(new Violation("citizenId", "must be the 12 digits of a citizen identity card (CCCD)"));
        }
        if (phone == null || !PHONE.matcher(phone.replace(" ", "")).matches()) {
            violations.add(new Violation("phone", "must be a Vietnamese phone number: 10 digits starting with 0, or +84 and 9 digits"));
        }
        if (address == null || address.isBlank()) {
            violations.add(new Violation("address", "is required"));
        } else if (address.length() > 500) {
            violations.add(new Violation("address", "must be at most 500 characters"));
        }
        if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add(new Violation("email", "must be an e-mail address such as ten@example.vn"));
        }
        return violations;
    }

    /** The phone number as stored: without spaces. */
    public Applicant normalised() {
        return new Applicant(fullName.strip(), citizenId, phone.replace(" ", ""), address.strip(),
                email == null || email.isBlank() ? null : email.strip());
    }

    @Override
    public String toString() {
        return "Applicant[personal data withheld]";
    }
}
