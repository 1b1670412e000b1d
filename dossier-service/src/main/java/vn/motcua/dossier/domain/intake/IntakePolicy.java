package vn.motcua.dossier.domain.intake;

/** One rule of intake: it reads a hand-in and notes each way the hand-in breaks it. */
@FunctionalInterface
public interface IntakePolicy {

    void check(HandIn handIn, IntakeFindings findings);
}
