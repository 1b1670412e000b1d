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
    void underAPinKeyAPinIsHashedWithTheKeyAndMatchesOnlyUnderThatKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        LookupPins keyed = new LookupPins(new SecureRandom(), 8, 10_000, key);
        PinHash hash = keyed.hash("01234567");
        assertThat(hash.algorithm()).isEqualTo(PinAlgorithm.KEYED);
        assertThat(hash.hash()).hasSize(32);
        assertThat(keyed.matches("01234567", hash)).isTrue();
        assertThat(keyed.matches("01234568", hash)).isFalse();
        assertThat(keyed.matchesOrSpendSameTime("01234567", null)).isFalse();

        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        assertThat(new LookupPins(new SecureRandom(), 8, 10_000, otherKey).matches("01234567", hash)).isFalse();
        // without the key a keyed hash cannot be checked at all: a misconfiguration, not a wrong PIN
        assertThatThrownBy(() -> pins.matches("01234567", hash)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pinsHashedWithPbkdf2BeforeAKeyWasSetStillMatchUnderTheKey() {
        PinHash old = pins.hash("76543210");
        assertThat(old.algorithm()).isEqualTo(PinAlgorithm.PBKDF2);
        byte[] key = new byte[32];
        LookupPins keyed = new LookupPins(new SecureRandom(), 8, 10_000, key);
        assertThat(keyed.matches("76543210", old)).isTrue();
        assertThat(keyed.matches("76543211", old)).isFalse();
    }

    @Test
    void aPinKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new LookupPins(new SecureRandom(), 8, 10_000, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
    }

    @Test
    void theStoredNameOfEachAlgorithmReadsBack() {
        for (PinAlgorithm algorithm : PinAlgorithm.values()) {
            assertThat(PinAlgorithm.ofStoredName(algorithm.storedName())).isEqualTo(algorithm);
        }
        assertThat(PinAlgorithm.PBKDF2.storedName()).isEqualTo("PBKDF2WithHmacSHA256");
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
