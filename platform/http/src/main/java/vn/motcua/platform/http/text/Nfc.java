package vn.motcua.platform.http.text;

import java.text.Normalizer;

/**
 * Unicode Normalization Form C, the one form MotCua stores text in: "Lượng Minh" typed with combining
 * marks (NFD, as some keyboards and macOS file names send it) and typed precomposed are then the same
 * string, so they compare, search and sort alike. ASCII (codes, PINs, keys, hashes) is unchanged by it.
 */
public final class Nfc {

    private Nfc() {
    }

    /** The text in NFC; null stays null, and text already in NFC is returned as it is. */
    public static String of(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
