package vn.motcua.dossier.api;

import vn.motcua.dossier.domain.files.FileRules;
import vn.motcua.platform.rules.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload's body copied to a temporary file as it arrives, hashed (SHA-256) and counted on the way, so
 * that a 20 MB file never sits in the heap and no database connection waits for the network. More than
 * the limit, or fewer bytes than the Content-Length announced, is refused and nothing is kept.
 */
final class FileSpool implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private FileSpool(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    static FileSpool of(InputStream body, Long contentLength, long maxBytes) {
        if (contentLength != null && contentLength > maxBytes) {
            throw FileRules.fileTooLarge(maxBytes);
        }
        Path path;
        try {
            path = Files.createTempFile("motcua-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a temporary file for an upload", e);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long copied = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                byte[] buffer = new byte[CHUNK];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    copied += read;
                    if (copied > maxBytes) {
                        throw FileRules.fileTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (contentLength != null && copied != contentLength) {
                throw Refusal.invalid("file", "ended after " + copied + " of the " + contentLength
                        + " bytes its Content-Length announced (a truncated upload); nothing was stored");
            }
            return new FileSpool(path, copied, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(path);
            throw Refusal.invalid("file", "could not be read to its end (" + e.getClass().getSimpleName()
                    + "); nothing was stored");
        } catch (NoSuchAlgorithmException e) {
            delete(path);
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind is the system's to clean
        }
    }
}
