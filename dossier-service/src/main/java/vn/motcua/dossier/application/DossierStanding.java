package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;

import java.util.Set;

/** A dossier as the caller stands to it: its public state and the roles they hold on it (none for a province admin). */
public record DossierStanding(DossierState state, Set<DossierRole> roles) {

    public DossierStanding {
        roles = Set.copyOf(roles);
    }
}
