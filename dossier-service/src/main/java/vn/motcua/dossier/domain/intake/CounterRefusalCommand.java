package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.lifecycle.ActionCommand;

import java.util.List;

/**
 * A dossier handed in at the counter (or by post) and refused there by the receiving officer (Mẫu 03):
 * what was handed in, and why it is refused.
 *
 * @param reasonCode a short code for statistics and events, such as {@code NOT_COMPETENT}; optional
 */
public record CounterRefusalCommand(IntakeCommand handedIn, String reason, String reasonCode) {

    /** The refusal as the lifecycle's rules of a refusal read it. */
    public ActionCommand why() {
        return new ActionCommand(reason, reasonCode, List.of(), null, null, null);
    }
}
