package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.files.ResultFacts;
import vn.motcua.dossier.domain.lifecycle.DossierState;

/**
 * A dossier as the holder of its code and PIN may see it: its public state, the names to show and whether its
 * electronic result may be downloaded (and is signed); no personal data.
 */
public record PublicDossier(DossierState state, String procedureName, String receivingUnitName, ResultFacts result) {
}
