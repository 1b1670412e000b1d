package vn.motcua.dossier.domain.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the lifecycle knows of a dossier's documents, their stored files and its result file: the facts its file
 * policies ({@link FilePolicies}) read.
 *
 * @param handedInElsewhere whether the dossier was handed in to a legacy system and came by the historical
 *                          import: the files it declared were received there, before this platform stored
 *                          any, so its acceptance waits for none (also when it goes on live after the import)
 * @param documents         the dossier's documents in the order they were listed, numbered from 0
 * @param result            whether the competent unit stored the dossier's result file
 */
public record DocumentFiles(boolean handedInElsewhere, List<Document> documents, ResultFile result) {

    /** A step of a legacy timeline, replayed by the historical import: nothing of it is stored here. */
    public static final DocumentFiles PREDATING_STORAGE = new DocumentFiles(true, List.of(), ResultFile.ISSUED_ELSEWHERE);

    public DocumentFiles {
        documents = List.copyOf(documents);
    }

    /** The documents of a dossier handed in here, with what is stored for them, and no result file yet. */
    public static DocumentFiles of(List<Document> documents) {
        return new DocumentFiles(false, documents, ResultFile.NOT_STORED);
    }

    /** The documents of a dossier that came by the historical import, with what was stored for them since. */
    public static DocumentFiles imported(List<Document> documents) {
        return new DocumentFiles(true, documents, ResultFile.NOT_STORED);
    }

    /** The same documents, with what is stored of the result: an imported dossier resolved live issues it here. */
    public DocumentFiles withResult(ResultFile stored) {
        return new DocumentFiles(handedInElsewhere, documents, stored);
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
