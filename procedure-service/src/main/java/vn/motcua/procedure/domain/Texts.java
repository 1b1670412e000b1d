package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.util.List;

/** Checks shared by the catalogue's texts. */
final class Texts {

    private Texts() {
    }

    static void requireText(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > maxLength) {
            violations.add(new Violation(field, "must be at most " + maxLength + " characters"));
        }
    }

    static void requireTexts(List<Violation> violations, String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return;
        }
        if (values.size() > maxItems) {
            violations.add(new Violation(field, "must have at most " + maxItems + " entries"));
        }
        for (int i = 0; i < values.size(); i++) {
            requireText(violations, field + "[" + i + "]", values.get(i), maxLength);
        }
    }
}
