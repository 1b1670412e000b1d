package vn.motcua.procedure.domain;

/** The kinds of unit in the two-level local government since 1 July 2025. */
public enum UnitKind {
    PROVINCE("Tỉnh"),
    COMMUNE("Xã"),
    WARD("Phường"),
    SPECIAL_ZONE("Đặc khu");

    private final String vietnamese;

    UnitKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The level whose procedures a unit of this kind handles: communes, wards and special zones are commune level. */
    public Level level() {
        return this == PROVINCE ? Level.PROVINCE : Level.COMMUNE;
    }
}
