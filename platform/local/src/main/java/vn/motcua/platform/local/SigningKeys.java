package vn.motcua.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs local JWTs: generated once, kept as PEM files, never committed.
 *
 * <p>The services only ever see the public key ({@link #publicKeyPem()}); {@code ./motcua token}
 * and the test helpers sign with the private one.
 */
public final class SigningKeys {

    private static final String PRIVATE_FILE = "private-key.pem";
    private static final String PUBLIC_FILE = "public-key.pem";

    private final KeyPair keyPair;

    private SigningKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** A fresh key pair held in memory only. */
    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    /** The key pair kept in the directory, generated and written there on first use. */
    public static SigningKeys loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new SigningKeys(new KeyPair(readPublic(publicFile), readPrivate(privateFile)));
            }
            SigningKeys keys = generate();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem("PRIVATE KEY", keys.keyPair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // on a file system without POSIX permissions the directory's own protection applies
            }
            Files.writeString(publicFile, keys.publicKeyPem(), StandardCharsets.US_ASCII);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the signing keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing keys in " + directory + " are not valid RSA keys;"
                    + " delete them to have new ones generated", e);
        }
    }

    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_FILE);
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
    }

    private static PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
    }
}
