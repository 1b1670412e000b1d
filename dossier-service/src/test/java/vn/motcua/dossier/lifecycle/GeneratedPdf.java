package vn.motcua.dossier.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A PDF of any size made as it is read, never held whole: a PDF head and trailer around one stream object of
 * pseudo-random bytes, the same for the same seed, so a test can send 20 MB and compare digests without keeping
 * either copy in memory. A PDF as Tika reads it (by its magic number), not one a viewer would open.
 */
final class GeneratedPdf extends InputStream {

    private static final int CHUNK = 64 * 1024;
    private static final byte[] HEAD = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< >>\nstream\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TAIL = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final long size;
    private final SplittableRandom random;
    private long position;

    GeneratedPdf(long size, long seed) {
        if (size < HEAD.length + TAIL.length) {
            throw new IllegalArgumentException("a generated PDF takes at least " + (HEAD.length + TAIL.length) + " bytes");
        }
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /** The SHA-256 (hex) of the PDF of this size and seed, computed by generating it once more. */
    static String sha256(long size, long seed) {
        try (GeneratedPdf pdf = new GeneratedPdf(size, seed)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[CHUNK];
            for (int read = pdf.read(buffer, 0, CHUNK); read >= 0; read = pdf.read(buffer, 0, CHUNK)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Writes the next {@code count} bytes (fewer if the PDF ends first) to {@code out}. */
    void copy(OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long left = count;
        while (left > 0) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = byteAt(position + i);
        }
        position += count;
        return count;
    }

    private byte byteAt(long at) {
        if (at < HEAD.length) {
            return HEAD[(int) at];
        }
        long fromEnd = size - at;
        if (fromEnd <= TAIL.length) {
            return TAIL[TAIL.length - (int) fromEnd];
        }
        return (byte) random.nextInt(256);
    }

    @Override
    public void close() {
        position = size;
    }
}
