package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;

/** What an action did: the state before and after, and the event it publishes. */
public record Transition(DossierAction action, DossierStatus from, DossierState after, DossierEventType event) {
}
