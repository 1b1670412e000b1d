package vn.motcua.reporting.domain;

/** The buckets of a time series. */
public enum Granularity {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String postgres;

    Granularity(String postgres) {
        this.postgres = postgres;
    }

    /** The unit PostgreSQL's date_trunc takes (weeks start on Monday). */
    public String postgres() {
        return postgres;
    }
}
