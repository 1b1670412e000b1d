package vn.motcua.dossier.domain.intake;

/** What intake decided about a hand-in: admissible, or refused with its reasons. */
public sealed interface IntakeDecision permits Admissible, IntakeRefused {
}
