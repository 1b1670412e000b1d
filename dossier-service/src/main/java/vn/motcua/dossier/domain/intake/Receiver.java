package vn.motcua.dossier.domain.intake;

import java.util.Optional;

/** Who hands a dossier over to the platform, as the intake rules see them. */
public sealed interface Receiver {

    /** An officer at a centre's counter (or its post desk), of the unit their token names, if any. */
    record CounterOfficer(Optional<String> unitCode) implements Receiver {
    }

    /** A citizen submitting their own dossier online; {@code subject} is their token's {@code sub}. */
    record OnlineCitizen(String subject) implements Receiver {
    }

    /**
     * The legacy system a historical import copies a dossier from, with the code it gave the dossier
     * and, for an online dossier, the citizen who submitted it, if known.
     */
    record LegacySystem(String code, String ownerSubject) implements Receiver {
    }
}
