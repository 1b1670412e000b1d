package vn.motcua.dossier.domain.lifecycle;

import java.util.List;

/**
 * The action cannot be taken now: the dossier's status does not allow it (409, naming the actions that
 * are open), the caller's role towards the dossier does not (403), or the command is incomplete (400).
 */
public class ActionRefused extends RuntimeException {

    /** Why an action was refused. */
    public enum Kind {
        WRONG_STATUS,
        WRONG_ROLE,
        INVALID_COMMAND
    }

    /** A field of the command that is missing or wrong. */
    public record Problem(String field, String message) {
    }

    private final Kind kind;
    private final List<DossierAction> allowed;
    private final List<Problem> problems;

    public ActionRefused(Kind kind, String message, List<DossierAction> allowed, List<Problem> problems) {
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

    public List<Problem> problems() {
        return problems;
    }
}
