package vn.motcua.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local platform's secret PIN key (dossier-service's MOTCUA_PIN_KEY): 32 random bytes, base64, generated
 * once into the home's keys folder and kept, since the PINs hashed under it can only be checked with it.
 */
final class PinKey {

    static final String FILE = "pin-key.b64";

    private PinKey() {
    }

    static String loadOrCreate(Path keys) {
        Path file = keys.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(keys);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps its defaults
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("the PIN key in " + keys + " could not be read or written", e);
        }
    }
}
