package vn.motcua.procedure.domain;

import java.util.regex.Pattern;

/** The shapes of the codes the catalogue uses. */
public final class Codes {

    /** A national procedure code such as {@code 1.001193}, with an optional provincial suffix such as {@code .H38}. */
    public static final Pattern PROCEDURE = Pattern.compile("\\d\\.\\d{6}(\\.[A-Z0-9]{1,10})?");
    /** A national administrative unit code: 2 digits for a province, 5 for a commune. */
    public static final Pattern UNIT = Pattern.compile("\\d{2}|\\d{5}");
    /** A field code: lower-case words joined by hyphens, such as {@code tu-phap-ho-tich}. */
    public static final Pattern FIELD = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** An agency code as used in dossier codes, such as {@code 000.00.01.H29}. */
    public static final Pattern AGENCY = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)+");

    public static final String PROCEDURE_RULE = "must be a national procedure code such as 1.001193, optionally with a"
            + " provincial suffix such as 1.000948.H38";
    public static final String UNIT_RULE = "must be a unit code: 2 digits for the province, 5 for a commune";
    public static final String FIELD_RULE = "must be lower-case words joined by hyphens, such as tu-phap-ho-tich (at most 64 characters)";
    public static final String AGENCY_RULE = "must be an agency code such as 000.00.01.H29 (digits and capitals in dot-separated parts)";

    private Codes() {
    }

    public static boolean isProcedureCode(String code) {
        return code != null && PROCEDURE.matcher(code).matches();
    }

    public static boolean isUnitCode(String code) {
        return code != null && UNIT.matcher(code).matches();
    }

    public static boolean isFieldCode(String code) {
        return code != null && code.length() <= 64 && FIELD.matcher(code).matches();
    }

    public static boolean isAgencyCode(String code) {
        return code != null && code.length() <= 32 && AGENCY.matcher(code).matches();
    }
}
