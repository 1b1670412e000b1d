package vn.motcua.dossier.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The plain PIN issued during this request, if any: the one place it lives, in memory, until the
 * intake's answer carrying it is written. It is never stored (the idempotency record of the intake
 * keeps the answer without it) and never logged. Beside it, the dossier as the intake left it, so that
 * the receipt handed over with the PIN is drawn without reading the dossier again.
 */
@RequestScoped
public class IssuedPin {

    private UUID dossierId;
    private String pin;
    private DossierDetails received;

    void remember(UUID forDossier, String plainPin) {
        dossierId = forDossier;
        pin = plainPin;
    }

    void remember(DossierDetails dossier) {
        received = dossier;
    }

    /** The PIN issued for this dossier in this request. */
    public Optional<String> pinFor(UUID dossier) {
        return dossier != null && dossier.equals(dossierId) ? Optional.ofNullable(pin) : Optional.empty();
    }

    /** The dossier this request received, as its intake left it, if it is this one. */
    public Optional<DossierDetails> dossierFor(UUID dossier) {
        return received != null && received.state().id().equals(dossier) ? Optional.of(received) : Optional.empty();
    }

    @Override
    public String toString() {
        return "IssuedPin[withheld]";
    }
}
