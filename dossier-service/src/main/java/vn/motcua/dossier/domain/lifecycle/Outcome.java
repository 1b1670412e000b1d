package vn.motcua.dossier.domain.lifecycle;

/** What the competent unit decided. */
public enum Outcome {
    APPROVED,
    DENIED
}
