package vn.motcua.dossier.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * How citizens reach their dossier without an account ({@code motcua.dossier.public.*}): the public
 * lookup page the receipt's QR code leads to, the lookup PIN, and how failed lookups are throttled.
 * The prefix is narrow on purpose: a mapping refuses unknown keys under its prefix, and other parts of
 * dossier-service keep their own settings under {@code motcua.dossier}.
 */
@ConfigMapping(prefix = "motcua.dossier.public")
public interface PublicAccessConfig {

    /**
     * The portal's public lookup page; {@code {code}} is replaced by the dossier code. It never carries
     * the PIN: an address ends up in browser histories, proxies and logs.
     */
    @WithName("lookup-url")
    @WithDefault("http://localhost:3000/tra-cuu?code={code}")
    String lookupUrl();

    Pin pin();

    /** Failures (a wrong code or PIN) per dossier code in the window; then the code is refused, even with the right PIN. */
    @WithName("failures-per-code")
    @WithDefault("5")
    int failuresPerCode();

    /** Failures per client address in the window. */
    @WithName("failures-per-client")
    @WithDefault("20")
    int failuresPerClient();

    @WithName("failure-window")
    @WithDefault("PT15M")
    Duration failureWindow();

    default String lookupUrlOf(String dossierCode) {
        return lookupUrl().replace("{code}", URLEncoder.encode(dossierCode, StandardCharsets.UTF_8));
    }

    /** The lookup PIN handed over on the receipt. */
    interface Pin {

        /** Digits of a new PIN (6 to 12): 8 keeps guessing hopeless under the failure throttle. */
        @WithDefault("8")
        int length();

        /** PBKDF2-HMAC-SHA256 iterations of a new PIN's hash when there is no key: about 25 ms on one core of a small server. */
        @WithDefault("100000")
        int iterations();

        /**
         * The secret PIN key, base64, at least 32 bytes, kept outside the database (MOTCUA_PIN_KEY): new PINs
         * are then hashed with HMAC-SHA256 under it instead of PBKDF2. Once set, keep it: the PINs hashed
         * under it can only be checked with it.
         */
        Optional<String> key();
    }
}
