package vn.motcua.dossier.domain.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the lifecycle knows of a dossier's documents and their stored files: the facts its file policies
 * ({@link FilePolicies}) read. A dossier replayed from a legacy timeline predates file storage: it has
 * none of these facts, and no file policy applies to it.
 *
 * @param kept      whether this platform keeps the dossier's files; false for a legacy timeline
 * @param documents the dossier's documents in the order they were listed, numbered from 0
 */
public record DocumentFiles(boolean kept, List<Document> documents) {

    /** A dossier whose files this platform never kept: a legacy timeline replayed by the historical import. */
    public static final DocumentFiles PREDATING_STORAGE = new DocumentFiles(false, List.of());

    public DocumentFiles {
        documents = List.copyOf(documents);
    }

    /** The documents of a live dossier, with what is stored for them. */
    public static DocumentFiles of(List<Document> documents) {
        return new DocumentFiles(true, documents);
    }

    /**
     * One document of the dossier.
     *
     * @param declaredAsFile whether it was listed as received as a file ({@code receivedAs: FILE})
     * @param fileStoredAt   when its file was last stored (uploaded or scanned); empty when it has none
     */
    public record Document(int position, String name, boolean declaredAsFile, Optional<Instant> fileStoredAt) {

        public boolean hasFile() {
            return fileStoredAt.isPresent();
        }

        /** Whether its file was stored at {@code since} or later. */
        public boolean fileStoredSince(Instant since) {
            return fileStoredAt.filter(at -> !at.isBefore(since)).isPresent();
        }
    }
}
