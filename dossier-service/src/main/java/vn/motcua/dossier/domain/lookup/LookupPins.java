package vn.motcua.dossier.domain.lookup;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The PIN a citizen types, with the dossier code, to look a dossier up or rate it. It is drawn from a
 * {@link SecureRandom}, handed over once (on the receipt issued at intake) and kept only as a salted hash,
 * so that a copy of the database does not give the PINs away. The PIN's real strength against guessing
 * online is the failure throttle, not the hash.
 *
 * <p>With a secret PIN key (at least 32 bytes, kept outside the database), new PINs are hashed with
 * HMAC-SHA256 under it: a copy of the database alone allows no guessing at all, and hashing costs
 * microseconds. Without one, they get a slow PBKDF2 hash instead: an 8-digit PIN then resists an offline
 * search for minutes of a GPU's time, not for ever, at about 25 ms of a core per intake and per lookup.
 * Stored hashes of either kind keep being checked, whichever way new ones are made.
 */
public final class LookupPins {

    /** The digits a PIN may have: short enough to type on a phone, and old PINs stay valid if the length changes. */
    public static final Pattern FORMAT = Pattern.compile("\\d{4,12}");
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String KEYED_ALGORITHM = "HmacSHA256";
    /** The shortest secret PIN key accepted: as long as the HMAC's output. */
    public static final int MIN_KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int length;
    private final int iterations;
    private final byte[] key;
    /** Compared against when there is no stored hash, so an unknown code costs the same time as a wrong PIN. */
    private final PinHash decoy;

    /** PINs hashed with PBKDF2. */
    public LookupPins(SecureRandom random, int length, int iterations) {
        this(random, length, iterations, null);
    }

    /** PINs hashed under {@code keyOrNull} when there is one, with PBKDF2 otherwise. */
    public LookupPins(SecureRandom random, int length, int iterations, byte[] keyOrNull) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a PIN has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits, not " + length);
        }
        if (iterations < 10_000) {
            throw new IllegalArgumentException("at least 10000 PBKDF2 iterations are needed to slow down guessing, not " + iterations);
        }
        if (keyOrNull != null && keyOrNull.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a PIN key has at least " + MIN_KEY_BYTES + " bytes, not " + keyOrNull.length);
        }
        this.random = random;
        this.length = length;
        this.iterations = iterations;
        this.key = keyOrNull == null ? null : keyOrNull.clone();
        this.decoy = hash(newPin());
    }

    /** A new PIN of uniformly random digits; leading zeros are kept. */
    public String newPin() {
        StringBuilder pin = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            pin.append((char) ('0' + random.nextInt(10)));
        }
        return pin.toString();
    }

    public PinHash hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        if (key != null) {
            return new PinHash(PinAlgorithm.KEYED, 1, salt, keyed(pin, salt, key));
        }
        return new PinHash(PinAlgorithm.PBKDF2, iterations, salt, derive(pin, salt, iterations));
    }

    /**
     * Whether the PIN is the one hashed; compares in constant time. A keyed hash cannot be checked without
     * the key: that is a misconfigured service, not a wrong PIN.
     */
    public boolean matches(String pin, PinHash stored) {
        byte[] computed = switch (stored.algorithm()) {
            case PBKDF2 -> derive(pin, stored.salt(), stored.iterations());
            case KEYED -> {
                if (key == null) {
                    throw new IllegalStateException("a PIN was hashed under a PIN key and none is configured");
                }
                yield keyed(pin, stored.salt(), key);
            }
        };
        return MessageDigest.isEqual(computed, stored.hash());
    }

    /**
     * Whether the PIN matches the stored hash, spending the same work when there is none (an unknown
     * code, or a dossier from before PINs): then a decoy hash is checked and the answer is no.
     */
    public boolean matchesOrSpendSameTime(String pin, PinHash storedOrNull) {
        if (storedOrNull == null) {
            matches(pin, decoy);
            return false;
        }
        return matches(pin, storedOrNull);
    }

    private static byte[] keyed(String pin, byte[] salt, byte[] key) {
        try {
            Mac mac = Mac.getInstance(KEYED_ALGORITHM);
            mac.init(new SecretKeySpec(key, KEYED_ALGORITHM));
            mac.update(salt);
            return mac.doFinal(pin.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime ships HmacSHA256
            throw new IllegalStateException(KEYED_ALGORITHM + " is not available", e);
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime ships PBKDF2WithHmacSHA256
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
