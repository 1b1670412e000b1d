package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.lifecycle.ActionCommand;

import java.util.Optional;

/**
 * A dossier being handed in, with what the catalogue knows of the procedure and units it names
 * (empty where it names none, or one the catalogue does not know).
 *
 * @param refusal why the officer refuses it at the counter (Mẫu 03); empty when it is handed in to be received
 */
public record HandIn(IntakeCommand command, Receiver receiver, Optional<IntakeProcedure> procedure,
                     Optional<IntakeUnit> receivingUnit, Optional<IntakeUnit> competentUnit,
                     Optional<ActionCommand> refusal) {

    public HandIn(IntakeCommand command, Receiver receiver, Optional<IntakeProcedure> procedure,
                  Optional<IntakeUnit> receivingUnit, Optional<IntakeUnit> competentUnit) {
        this(command, receiver, procedure, receivingUnit, competentUnit, Optional.empty());
    }

    /** The same hand-in, refused at the counter for this reason. */
    public HandIn refusedBecause(ActionCommand why) {
        return new HandIn(command, receiver, procedure, receivingUnit, competentUnit, Optional.of(why));
    }

    /** Whether a competent unit other than the receiving one is named. */
    public boolean namesCompetentUnit() {
        return !blank(command.competentUnitCode());
    }

    /** The unit that decides the dossier: the receiving unit unless another is named. */
    public String competentUnitCode() {
        return competentUnitCodeOf(command);
    }

    /** The unit a command has decide the dossier: the receiving unit unless it names another. */
    public static String competentUnitCodeOf(IntakeCommand command) {
        return blank(command.competentUnitCode()) ? command.receivingUnitCode() : command.competentUnitCode();
    }

    public boolean isOnline() {
        return receiver instanceof Receiver.OnlineCitizen;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
