package vn.motcua.platform.http.security;

/** The roles a MotCua token may carry in its {@code groups} claim (DESIGN.md, "Security"). */
public final class Roles {

    /** A one-stop officer of one unit: a commune, or the province for its own centre. */
    public static final String OFFICER = "officer";
    /** Maintains the province's catalogue, units, calendar and imports. */
    public static final String PROVINCE_ADMIN = "province_admin";
    /** Reads the province's reports. */
    public static final String ANALYST = "analyst";
    /** An applicant acting on their own online dossiers. */
    public static final String CITIZEN = "citizen";

    /** The claim that names an officer's unit (national administrative unit code). */
    public static final String UNIT_CLAIM = "unit_code";

    private Roles() {
    }
}
