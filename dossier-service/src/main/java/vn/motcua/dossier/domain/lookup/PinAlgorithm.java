package vn.motcua.dossier.domain.lookup;

import java.util.Arrays;

/** How a stored PIN hash was made; the name is what the database keeps, so it never changes. */
public enum PinAlgorithm {

    /** A slow salted hash anyone can recompute: PBKDF2-HMAC-SHA256 with the row's iteration count. */
    PBKDF2("PBKDF2WithHmacSHA256"),
    /** HMAC-SHA256 of salt and PIN under the service's secret PIN key: useless to whoever has the database but not the key. */
    KEYED("HmacSHA256-keyed");

    private final String storedName;

    PinAlgorithm(String storedName) {
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }

    public static PinAlgorithm ofStoredName(String name) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.storedName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PIN hash algorithm " + name));
    }
}
