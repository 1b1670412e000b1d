package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.List;

/**
 * The action cannot be taken now: the dossier's status does not allow it (409, naming the actions that
 * are open), the caller's role towards the dossier does not (403), the command is incomplete (400), or a
 * file the action needs is not stored yet (409, naming the documents).
 */
public class ActionRefused extends RuntimeException {

    /** Why an action was refused. */
    public enum Kind {
        WRONG_STATUS,
        WRONG_ROLE,
        INVALID_COMMAND,
        /**
         * A file the action needs is not stored yet (409, naming each document by position and name), or the stored
         * result file disagrees with {@code resultAsFile} (409 naming it).
         */
        FILES_MISSING
    }

    private final Kind kind;
    private final List<DossierAction> allowed;
    private final List<Violation> problems;

    public ActionRefused(Kind kind, String message, List<DossierAction> allowed, List<Violation> problems) {
        super(message, null, false, false);
        this.kind = kind;
        this.allowed = List.copyOf(allowed);
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    /** The actions the caller may take in the dossier's current status. */
    public List<DossierAction> allowed() {
        return allowed;
    }

    public List<Violation> problems() {
        return problems;
    }

    /**
     * The refusal an officer's request gets: a wrong status names the actions open now, a wrong role
     * says whose action it is, an incomplete command names each field, a missing file each document.
     */
    public Refusal toRefusal() {
        return switch (kind) {
            case WRONG_STATUS -> Refusal.conflict(getMessage(), List.of(new Violation("action", allowed.isEmpty()
                    ? "no action is open to you now"
                    : "allowed now: " + String.join(", ", allowed.stream().map(DossierAction::pathName).toList()))));
            case WRONG_ROLE -> Refusal.notAllowed(getMessage());
            case INVALID_COMMAND -> Refusal.invalid(problems);
            case FILES_MISSING -> Refusal.conflict(getMessage(), problems);
        };
    }
}
