package vn.motcua.dossier.domain.files;

import java.util.Collection;

/**
 * What every lifecycle event says of a dossier's stored files: how many of its documents have one (the 766
 * digitization counts these, not the files declared at intake), and how many of those are paper scanned at the
 * counter rather than uploaded online.
 */
public record FileCounts(int stored, int scanned) {

    /** A dossier just handed in, or imported with a timeline that happened elsewhere: nothing stored yet. */
    public static final FileCounts NONE = new FileCounts(0, 0);

    public FileCounts {
        if (scanned < 0 || scanned > stored) {
            throw new IllegalArgumentException("scanned must be from 0 to " + stored + ": " + scanned);
        }
    }

    /** The counts of a dossier whose documents' files came in these ways, one per document with a file. */
    public static FileCounts of(Collection<FileOrigin> origins) {
        return new FileCounts(origins.size(), (int) origins.stream().filter(FileOrigin.SCANNED_AT_COUNTER::equals).count());
    }
}
