package vn.motcua.platform.rules;

import java.util.OptionalLong;

/**
 * Optimistic locking's rule for a use case: a change made against a version that is no longer the
 * current one is refused as {@link Refusal.Reason#STALE}, naming the current version.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** Refuses when the caller read a version that is no longer {@code current}; no expectation passes. */
    public static void requireCurrent(OptionalLong expected, long current, String what) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw Refusal.stale(what + " is at version " + current + ", not " + expected.getAsLong() + " as If-Match says;"
                    + " read it again and reapply your change.", current);
        }
    }
}
