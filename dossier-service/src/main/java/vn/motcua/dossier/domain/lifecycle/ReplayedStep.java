package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;

/**
 * A step of a legacy timeline after the lifecycle rules accepted it: the status it left (null for the
 * intake), the state it reached and the event it publishes, with the step's historical time.
 */
public record ReplayedStep(TimelineStep step, DossierStatus from, DossierState after, DossierEventType event) {
}
