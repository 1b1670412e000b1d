package vn.motcua.dossier.domain.files;

import vn.motcua.dossier.domain.lifecycle.DossierState;

import java.util.Optional;

/**
 * What every lifecycle event says of a dossier's electronic result ({@code resultStored}, {@code resultSigned}):
 * nothing before the dossier is resolved (a result file stored while it is processed is not issued yet); from its
 * resolution on, whether a result file is stored, and if it is, whether it carries a digital signature (an unsigned
 * file is a copy). Never the file's name.
 *
 * @param stored null before resolution
 * @param signed null unless a result file is stored and the dossier resolved
 */
public record ResultFacts(Boolean stored, Boolean signed) {

    /** Before resolution, or a dossier whose result was never stored here. */
    private static final ResultFacts UNDECIDED = new ResultFacts(null, null);

    /**
     * The facts of the dossier as it stands.
     *
     * @param storedSigned whether its stored result file is signed; empty when none is stored
     */
    public static ResultFacts of(DossierState dossier, Optional<Boolean> storedSigned) {
        if (dossier.resolvedAt() == null) {
            return UNDECIDED;
        }
        return storedSigned.map(signed -> new ResultFacts(true, signed)).orElseGet(() -> new ResultFacts(false, null));
    }

    /** Whether the applicant may download a result now: the dossier is resolved and its result file stored. */
    public boolean available() {
        return Boolean.TRUE.equals(stored);
    }
}
