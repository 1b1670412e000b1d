package vn.motcua.dossier.application;

import vn.motcua.platform.rules.Refusal;

import java.util.List;
import java.util.Optional;

/**
 * The conditions of a write on a year's version (RFC 9110 {@code If-Match}, {@code If-None-Match}),
 * its entity tags given without quotes, {@code *} for any. A year that is only proposed has no version.
 */
public final class Precondition {

    public static final String ANY = "*";

    private final Optional<List<String>> ifMatch;
    private final Optional<List<String>> ifNoneMatch;

    private Precondition(Optional<List<String>> ifMatch, Optional<List<String>> ifNoneMatch) {
        this.ifMatch = ifMatch.map(List::copyOf);
        this.ifNoneMatch = ifNoneMatch.map(List::copyOf);
    }

    /** An unconditional write: the last writer wins, but a write that races another still fails. */
    public static Precondition none() {
        return new Precondition(Optional.empty(), Optional.empty());
    }

    public static Precondition of(Optional<List<String>> ifMatch, Optional<List<String>> ifNoneMatch) {
        return new Precondition(ifMatch, ifNoneMatch);
    }

    /** 412 unless the stored version (empty when the year is not stored) satisfies the conditions. */
    public void check(int year, Optional<Long> storedVersion) {
        if (ifMatch.isPresent()) {
            List<String> tags = ifMatch.get();
            if (storedVersion.isEmpty()) {
                throw failed("The calendar of " + year + " is not stored yet (it is proposed and has no version), so If-Match "
                        + "cannot match; send the PUT without If-Match to store it.");
            }
            if (!tags.contains(ANY) && !tags.contains(String.valueOf(storedVersion.get()))) {
                throw failed("If-Match names " + quoted(tags) + " but the calendar of " + year + " is at version \""
                        + storedVersion.get() + "\"; read it again and retry.");
            }
        }
        if (ifNoneMatch.isPresent() && storedVersion.isPresent()) {
            List<String> tags = ifNoneMatch.get();
            if (tags.contains(ANY) || tags.contains(String.valueOf(storedVersion.get()))) {
                throw failed("The calendar of " + year + " is already stored (version \"" + storedVersion.get()
                        + "\"), and If-None-Match forbids replacing it.");
            }
        }
    }

    private static String quoted(List<String> tags) {
        return tags.isEmpty() ? "no strong entity tag" : "\"" + String.join("\", \"", tags) + "\"";
    }

    private static Refusal failed(String detail) {
        return new Refusal(Refusal.Reason.STALE, detail, List.of());
    }
}
