package vn.motcua.procedure.application;

import vn.motcua.platform.http.problem.FieldError;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.procedure.domain.Violation;

import java.util.List;

/** Turns the domain's violations into the 400 problem every API answers with. */
final class Violations {

    private Violations() {
    }

    static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
    }
}
