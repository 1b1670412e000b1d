package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.intake.HandIn;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.intake.IntakeProcedure;
import vn.motcua.dossier.domain.intake.IntakeUnit;
import vn.motcua.dossier.domain.intake.Receiver;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;

import java.util.Optional;

/** Puts a hand-in beside what this service's replicas of the catalogue know of its procedure and units. */
final class IntakeReferences {

    private IntakeReferences() {
    }

    static HandIn handIn(IntakeCommand command, Receiver receiver) {
        return new HandIn(command, receiver, procedure(command.procedureCode()), unit(command.receivingUnitCode()),
                unit(HandIn.competentUnitCodeOf(command)));
    }

    private static Optional<IntakeProcedure> procedure(String code) {
        return blank(code) ? Optional.empty()
                : ProcedureReplicaEntity.<ProcedureReplicaEntity>findByIdOptional(code).map(ProcedureReplicaEntity::toIntakeProcedure);
    }

    private static Optional<IntakeUnit> unit(String code) {
        return blank(code) ? Optional.empty()
                : UnitReplicaEntity.<UnitReplicaEntity>findByIdOptional(code).map(UnitReplicaEntity::toIntakeUnit);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
