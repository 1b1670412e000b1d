package vn.motcua.dossier.application;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.dossier.domain.lookup.LookupPins;
import vn.motcua.dossier.domain.lookup.PinHash;
import vn.motcua.dossier.persistence.DossierPins;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Issues each dossier's lookup PIN at intake and checks PINs typed later. Only its hash (keyed or PBKDF2,
 * see {@link LookupPins}) is stored; the plain PIN goes to {@link IssuedPin}, for the intake's answer and nowhere else.
 */
@ApplicationScoped
public class ReceiptPins {

    @Inject
    DossierPins stored;

    @Inject
    IssuedPin issued;

    private final LookupPins pins;

    @Inject
    public ReceiptPins(PublicAccessConfig config) {
        this.pins = new LookupPins(new SecureRandom(), config.pin().length(), config.pin().iterations(),
                config.pin().key().map(ReceiptPins::decodeKey).orElse(null));
    }

    private static byte[] decodeKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // never quote the value: it is a secret
            throw new IllegalArgumentException("motcua.dossier.public.pin.key (MOTCUA_PIN_KEY) is not base64", e);
        }
    }

    /** A PIN and its hash, drawn before the intake numbers the dossier, so the slow hashing holds no lock. */
    public record DrawnPin(String pin, PinHash hash) {

        @Override
        public String toString() {
            return "DrawnPin[withheld]";
        }
    }

    public DrawnPin draw() {
        String pin = pins.newPin();
        return new DrawnPin(pin, pins.hash(pin));
    }

    /** Stores the hash of the dossier's PIN, in the intake's transaction, and keeps the PIN for this request's answer. */
    public void issue(DrawnPin drawn, UUID dossierId, Instant now) {
        stored.store(dossierId, drawn.hash(), now);
        // outside an HTTP request (an import, say) nobody could be handed the PIN
        if (Arc.container().requestContext().isActive()) {
            issued.remember(dossierId, drawn.pin());
        }
    }

    /** Whether the PIN matches; without a stored hash the same work is done and the answer is no. */
    boolean matches(String pin, PinHash storedOrNull) {
        return pins.matchesOrSpendSameTime(pin, storedOrNull);
    }
}
