package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the policies found wrong with a hand-in, by kind: the input's own rules, rules against the
 * catalogue, and who may hand it in.
 */
public final class IntakeFindings {

    private final List<Violation> invalid = new ArrayList<>();
    private final List<Violation> unprocessable = new ArrayList<>();
    private final List<String> notAllowed = new ArrayList<>();

    /** The input breaks a rule of its own (a missing field, a malformed value). */
    public void invalid(String field, String message) {
        invalid.add(new Violation(field, message));
    }

    public void invalid(Violation violation) {
        invalid.add(violation);
    }

    /** The input is well formed but breaks a rule against the catalogue (an unknown code, a withdrawn procedure). */
    public void unprocessable(String field, String message) {
        unprocessable.add(new Violation(field, message));
    }

    /** The one handing it in may not. */
    public void notAllowed(String why) {
        notAllowed.add(why);
    }

    /**
     * The decision: admissible when nothing was found. Otherwise refused, with everything found, or
     * only the first kind found in the order a person would fix them: the input, then the catalogue,
     * then who may.
     */
    IntakeDecision decide(HandIn handIn, boolean everythingAtOnce) {
        if (everythingAtOnce && !(invalid.isEmpty() && unprocessable.isEmpty() && notAllowed.isEmpty())) {
            List<Violation> all = new ArrayList<>(invalid);
            all.addAll(unprocessable);
            return new IntakeRefused(invalid.isEmpty() ? Refusal.Reason.UNPROCESSABLE : Refusal.Reason.INVALID, all,
                    List.copyOf(notAllowed));
        }
        if (!invalid.isEmpty()) {
            return new IntakeRefused(Refusal.Reason.INVALID, List.copyOf(invalid), List.of());
        }
        if (!unprocessable.isEmpty()) {
            return new IntakeRefused(Refusal.Reason.UNPROCESSABLE, List.copyOf(unprocessable), List.of());
        }
        if (!notAllowed.isEmpty()) {
            return new IntakeRefused(Refusal.Reason.NOT_ALLOWED, List.of(), List.copyOf(notAllowed));
        }
        return Admissible.of(handIn);
    }
}
