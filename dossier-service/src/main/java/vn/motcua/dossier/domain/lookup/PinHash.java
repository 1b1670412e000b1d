package vn.motcua.dossier.domain.lookup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What is kept of a lookup PIN: a digest with the algorithm that made it, its own salt and, for PBKDF2, its
 * iteration count. Both travel with the digest so that new PINs can be hashed differently without breaking
 * old ones.
 */
public record PinHash(PinAlgorithm algorithm, int iterations, byte[] salt, byte[] hash) {

    public PinHash {
        Objects.requireNonNull(algorithm, "algorithm");
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
        return other instanceof PinHash that && algorithm == that.algorithm && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PinHash[" + algorithm + ", iterations=" + iterations + "]";
    }
}
