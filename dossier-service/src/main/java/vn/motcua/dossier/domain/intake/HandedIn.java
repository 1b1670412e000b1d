package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.platform.events.DossierEventType;

/**
 * A dossier just handed in: its first state, the event that tells of it, and how its history names
 * the step ({@code submit}, {@code receive}, or {@code refuse} at the counter) and the role that took it.
 */
public record HandedIn(DossierState dossier, DossierEventType event, String action, DossierRole by) {
}
