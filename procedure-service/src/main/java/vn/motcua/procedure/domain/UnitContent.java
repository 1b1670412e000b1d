package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/** What a unit is: its name, kind and the agency code its dossier codes start with. */
public record UnitContent(String name, UnitKind kind, String agencyCode) {

    /** Every rule the unit breaks for this code, each naming its field. */
    public List<Violation> violations(String code) {
        List<Violation> violations = new ArrayList<>();
        Texts.requireText(violations, "name", name, 200);
        if (kind == null) {
            violations.add(new Violation("kind", "is required: PROVINCE, COMMUNE, WARD or SPECIAL_ZONE"));
        } else if (Codes.isUnitCode(code) && (code.length() == 2) != (kind == UnitKind.PROVINCE)) {
            violations.add(new Violation("kind", kind == UnitKind.PROVINCE
                    ? "PROVINCE needs a 2-digit code" : kind + " needs a 5-digit code"));
        }
        if (!Codes.isAgencyCode(agencyCode)) {
            violations.add(new Violation("agencyCode", agencyCode == null ? "is required" : Codes.AGENCY_RULE));
        }
        return violations;
    }
}
