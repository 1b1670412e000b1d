package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.lifecycle.DossierState;

/** A dossier as the holder of its code and PIN may see it: its public state and the names to show, no personal data. */
public record PublicDossier(DossierState state, String procedureName, String receivingUnitName) {
}
