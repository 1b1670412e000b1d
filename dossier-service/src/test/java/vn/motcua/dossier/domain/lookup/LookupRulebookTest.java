package vn.motcua.dossier.domain.lookup;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the lookup PIN and of the failure limits, without Quarkus. */
class LookupRulebookTest {

    private static final Instant NOW = Instant.parse("2025-07-07T01:00:00Z");
    private final LookupPins pins = new LookupPins(new SecureRandom(), 8, 10_000);

    @Test
    void aPinIsEightRandomDigitsAndLeadingZerosCount() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String pin = pins.newPin();
            assertThat(pin).matches("\\d{8}");
            drawn.add(pin);
        }
        assertThat(drawn).hasSizeGreaterThan(195);
    }

    @Test
    void aPinMatchesItsOwnSaltedHashOnlyAndTwoHashesOfOnePinDiffer() {
        PinHash first = pins.hash("01234567");
        PinHash second = pins.hash("01234567");
        assertThat(first.hash()).hasSize(32);
        assertThat(first.salt()).hasSize(16);
        assertThat(first).isNotEqualTo(second);
        assertThat(pins.matches("01234567", first)).isTrue();
        assertThat(pins.matches("01234567", second)).isTrue();
        assertThat(pins.matches("1234567", first)).isFalse();
        assertThat(pins.matches("01234568", first)).isFalse();
        assertThat(first.toString()).doesNotContain("01234567");
    }

    @Test
    void withoutAStoredHashNoPinMatches() {
        assertThat(pins.matchesOrSpendSameTime("01234567", null)).isFalse();
        assertThat(pins.matchesOrSpendSameTime("01234567", pins.hash("01234567"))).isTrue();
    }

    @Test
    void tooShortPinsAndTooFewIterationsAreRefused() {
        assertThatThrownBy(() -> new LookupPins(new SecureRandom(), 4, 100_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupPins(new SecureRandom(), 8, 1_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void belowTheLimitAnAttemptIsAllowed() {
        FailureLimit limit = new FailureLimit(5, Duration.ofMinutes(15));
        assertThat(limit.retryAfter(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW)).isEmpty();
    }

    @Test
    void atTheLimitTheWaitLastsUntilTheOldestCountingFailureLeavesTheWindow() {
        FailureLimit limit = new FailureLimit(3, Duration.ofMinutes(15));
        List<Instant> failures = List.of(NOW.minusSeconds(600), NOW.minusSeconds(300), NOW.minusSeconds(10));
        assertThat(limit.retryAfter(failures, NOW)).contains(Duration.ofSeconds(300));
        // more failures than the limit (attempts that raced): enough of the oldest must leave
        List<Instant> more = List.of(NOW.minusSeconds(800), NOW.minusSeconds(600), NOW.minusSeconds(300), NOW.minusSeconds(10));
        assertThat(limit.retryAfter(more, NOW)).contains(Duration.ofSeconds(300));
    }

    @Test
    void theWindowStartsOneWindowBeforeNow() {
        assertThat(new FailureLimit(5, Duration.ofMinutes(15)).windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
    }
}
