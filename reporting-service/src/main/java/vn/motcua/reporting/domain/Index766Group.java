package vn.motcua.reporting.domain;

import java.util.Arrays;

/**
 * The six groups of the Decision 766/QĐ-TTg service-quality index, as the national portal publishes them,
 * each with its weight: 100 points in all.
 */
public enum Index766Group {

    TRANSPARENCY("transparency", 18),
    PROGRESS("progress", 20),
    ONLINE_SERVICE("onlineService", 12),
    ONLINE_PAYMENT("onlinePayment", 10),
    DIGITIZATION("digitization", 22),
    SATISFACTION("satisfaction", 18);

    private final String key;
    private final int weight;

    Index766Group(String key, int weight) {
        this.key = key;
        this.weight = weight;
    }

    /** The group's name in the report, such as {@code onlineService}. */
    public String key() {
        return key;
    }

    /** The points the group is worth. */
    public int weight() {
        return weight;
    }

    /** The index's maximum: the six weights together. */
    public static int maximum() {
        return Arrays.stream(values()).mapToInt(Index766Group::weight).sum();
    }
}
