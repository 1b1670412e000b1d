package vn.motcua.dossier.domain.files;

import java.util.Set;

/**
 * How much a dossier takes, and of which types (configuration; defaults 20 MB a file, 100 MB a dossier,
 * PDF, JPEG and PNG).
 */
public record FileLimits(long maxFileBytes, long maxDossierBytes, Set<FileType> types) {

    public FileLimits {
        if (maxFileBytes < 1 || maxDossierBytes < maxFileBytes) {
            throw new IllegalArgumentException("a file may hold at least a byte, and a dossier at least a file");
        }
        types = Set.copyOf(types);
    }

    public static final long MB = 1024L * 1024;
}
