package vn.motcua.dossier.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The plain PIN issued during this request, if any: the one place it lives, in memory, until the
 * intake's answer carrying it is written. It is never stored (the idempotency record of the intake
 * keeps the answer without it) and never logged.
 */
@RequestScoped
public class IssuedPin {

    private UUID dossierId;
    private String pin;

    void remember(UUID forDossier, String plainPin) {
        dossierId = forDossier;
        pin = plainPin;
    }

    /** The PIN issued for this dossier in this request. */
    public Optional<String> pinFor(UUID dossier) {
        return dossier != null && dossier.equals(dossierId) ? Optional.ofNullable(pin) : Optional.empty();
    }

    @Override
    public String toString() {
        return "IssuedPin[withheld]";
    }
}
