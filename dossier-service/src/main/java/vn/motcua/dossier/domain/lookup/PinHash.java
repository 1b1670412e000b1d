package vn.motcua.dossier.domain.lookup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What is kept of a lookup PIN: a PBKDF2-HMAC-SHA256 digest with its own salt and iteration count.
 * The iteration count travels with the digest so it can be raised later without breaking old PINs.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public PinHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PinHash[iterations=" + iterations + "]";
    }
}
