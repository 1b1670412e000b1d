package vn.motcua.platform.http.throttle;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code perSecond} tokens a second, and a
 * request takes one. Time is passed in, in nanoseconds, so the rule is testable without a clock.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token if there is one; returns 0, or the nanoseconds until the next token. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Whether the bucket has been full long enough to be forgotten. */
    synchronized boolean isFullAt(long now) {
        return Math.min(capacity, tokens + (now - updatedAt) * perNano) >= capacity;
    }
}
