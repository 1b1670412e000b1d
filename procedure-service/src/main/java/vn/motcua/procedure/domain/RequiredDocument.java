package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * One document of a dossier (thành phần hồ sơ).
 *
 * @param template the form or template to fill in, if any, such as "Tờ khai đăng ký khai sinh"
 */
public record RequiredDocument(String name, String template, int copies, DocumentForm form) {

    public static final int MAX_COPIES = 20;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Texts.requireText(violations, "name", name, 500);
        if (template != null && template.length() > 500) {
            violations.add(new Violation("template", "must be at most 500 characters"));
        }
        if (copies < 1 || copies > MAX_COPIES) {
            violations.add(new Violation("copies", "must be from 1 to " + MAX_COPIES));
        }
        if (form == null) {
            violations.add(new Violation("form", "is required: ORIGINAL, COPY or ORIGINAL_OR_COPY"));
        }
        return violations;
    }
}
