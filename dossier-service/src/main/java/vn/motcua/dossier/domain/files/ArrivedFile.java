package vn.motcua.dossier.domain.files;

/**
 * A file as it arrived, before anything is stored: what its bytes are, not what the client said.
 *
 * @param fileName    the name the client gave (personal data: it never goes into a key, a log or an event)
 * @param sniffedType the media type read from the first bytes
 * @param sha256      hexadecimal digest of the bytes
 */
public record ArrivedFile(String fileName, long sizeBytes, String sniffedType, String sha256) {

    @Override
    public String toString() {
        return "ArrivedFile[" + sizeBytes + " bytes, " + sniffedType + "]";
    }
}
