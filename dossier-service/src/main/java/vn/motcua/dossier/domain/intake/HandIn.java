package vn.motcua.dossier.domain.intake;

import java.util.Optional;

/**
 * A dossier being handed in, with what the catalogue knows of the procedure and units it names
 * (empty where it names none, or one the catalogue does not know).
 */
public record HandIn(IntakeCommand command, Receiver receiver, Optional<IntakeProcedure> procedure,
                     Optional<IntakeUnit> receivingUnit, Optional<IntakeUnit> competentUnit) {

    /** Whether a competent unit other than the receiving one is named. */
    public boolean namesCompetentUnit() {
        return !blank(command.competentUnitCode());
    }

    /** The unit that decides the dossier: the receiving unit unless another is named. */
    public String competentUnitCode() {
        return namesCompetentUnit() ? command.competentUnitCode() : command.receivingUnitCode();
    }

    public boolean isOnline() {
        return receiver instanceof Receiver.OnlineCitizen;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
