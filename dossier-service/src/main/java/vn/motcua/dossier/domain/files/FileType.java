package vn.motcua.dossier.domain.files;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file a dossier takes: a document's digitized copy is a PDF or an image. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a media type sniffed from the bytes, if it is one taken. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
