package vn.motcua.platform.http.text;

/**
 * Puts a user's text into a SQL {@code LIKE} pattern as the characters it is: {@code %} and {@code _}
 * match themselves, not "anything". Write the comparison as {@code column LIKE ?} followed by
 * {@link #ESCAPE}, and bind the pattern these methods build.
 */
public final class LikePattern {

    /** The clause to write after every {@code LIKE ?} that binds a pattern from this class. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {
    }

    /** Matches text that holds {@code text} anywhere. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches text that starts with {@code text}. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    /** The text with the escape character, {@code %} and {@code _} escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
