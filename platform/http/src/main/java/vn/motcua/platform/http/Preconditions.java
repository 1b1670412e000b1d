package vn.motcua.platform.http;

import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: responses carry {@code ETag: "<version>"}, writes may send
 * {@code If-Match} with it, and a write against a version that is no longer current gets 412.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Preconditions() {
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; empty when there is none or it is {@code *}. */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new ProblemException(ProblemType.VALIDATION, 400, "If-Match must be an ETag this API sent, such as \"3\"",
                    List.of(new Violation(IF_MATCH, "must be an ETag such as \"3\"")), Map.of());
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }
}
