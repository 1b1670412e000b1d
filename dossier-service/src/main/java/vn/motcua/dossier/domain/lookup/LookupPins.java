package vn.motcua.dossier.domain.lookup;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The PIN a citizen types, with the dossier code, to look a dossier up or rate it. It is drawn from a
 * {@link SecureRandom}, handed over once (on the receipt issued at intake) and kept only as a slow,
 * salted PBKDF2 hash, so that a copy of the database does not give the PINs away cheaply. The PIN's
 * real strength against guessing online is the failure throttle, not the hash.
 */
public final class LookupPins {

    /** The digits a PIN may have: short enough to type on a phone, and old PINs stay valid if the length changes. */
    public static final Pattern FORMAT = Pattern.compile("\\d{4,12}");
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int length;
    private final int iterations;
    /** Compared against when there is no stored hash, so an unknown code costs the same time as a wrong PIN. */
    private final PinHash decoy;

    public LookupPins(SecureRandom random, int length, int iterations) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a PIN has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits, not " + length);
        }
        if (iterations < 10_000) {
            throw new IllegalArgumentException("at least 10000 PBKDF2 iterations are needed to slow down guessing, not " + iterations);
        }
        this.random = random;
        this.length = length;
        this.iterations = iterations;
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
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Whether the PIN is the one hashed; compares in constant time. */
    public boolean matches(String pin, PinHash stored) {
        return MessageDigest.isEqual(derive(pin, stored.salt(), stored.iterations()), stored.hash());
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
