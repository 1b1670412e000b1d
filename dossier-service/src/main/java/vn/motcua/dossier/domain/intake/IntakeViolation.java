package vn.motcua.dossier.domain.intake;

/** A rule an intake broke: the field, as a JSON path, and what it must be. */
public record IntakeViolation(String field, String message) {

    public IntakeViolation under(String parent) {
        return new IntakeViolation(parent + "." + field, message);
    }
}
