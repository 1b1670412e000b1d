package vn.motcua.procedure.application;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.List;

/** Refuses input whose own rules the domain found broken. */
final class Violations {

    private Violations() {
    }

    static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
    }
}
