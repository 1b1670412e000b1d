package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One document of the checklist, as received.
 *
 * @param sizeBytes for a file: its size
 * @param sha256    for a file: its SHA-256, 64 hexadecimal digits
 */
public record ReceivedDocument(String name, ReceivedAs receivedAs, String fileName, Long sizeBytes, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        } else if (name.length() > 500) {
            violations.add(new Violation("name", "must be at most 500 characters"));
        }
        if (receivedAs == null) {
            violations.add(new Violation("receivedAs", "is required: PAPER or FILE"));
        } else if (receivedAs == ReceivedAs.FILE) {
            if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
                violations.add(new Violation("fileName", "is required for a file (at most 255 characters)"));
            }
            if (sizeBytes == null || sizeBytes < 1 || sizeBytes > MAX_FILE_BYTES) {
                violations.add(new Violation("sizeBytes", "must be from 1 byte to 100 MiB for a file"));
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                violations.add(new Violation("sha256", "must be the file's SHA-256: 64 hexadecimal digits"));
            }
        } else if (fileName != null || sizeBytes != null || sha256 != null) {
            violations.add(new Violation("receivedAs", "is PAPER, so fileName, sizeBytes and sha256 must be absent"));
        }
        return violations;
    }
}
