package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-in intake does not take, and why: the fields and rules it breaks, or why the one handing it
 * in may not.
 *
 * @param reason     the kind of the first reasons found: the input's own rules, the catalogue, or who may
 * @param violations the broken rules, each naming its field
 * @param notAllowed why the one handing it in may not, when that is the reason
 */
public record IntakeRefused(Refusal.Reason reason, List<Violation> violations, List<String> notAllowed)
        implements IntakeDecision {

    public IntakeRefused {
        violations = List.copyOf(violations);
        notAllowed = List.copyOf(notAllowed);
    }

    /** The refusal a live intake answers with. */
    public Refusal toRefusal() {
        return switch (reason) {
            case INVALID -> Refusal.invalid(violations);
            case UNPROCESSABLE -> Refusal.unprocessable(violations);
            default -> Refusal.notAllowed(String.join(" ", notAllowed));
        };
    }

    /** Every reason as a violation: what an import reports on a row ({@code ""} for the row as a whole). */
    public List<Violation> asViolations() {
        List<Violation> all = new ArrayList<>(violations);
        notAllowed.forEach(why -> all.add(new Violation("", why)));
        return all;
    }
}
