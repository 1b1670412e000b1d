package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.dossier.domain.deadline.Deadline;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a dossier's lifecycle: which action is open from which status to whom, and what each
 * does to the status and the legal clock. It decides and returns what happened; storing it and
 * publishing its event is the application's job.
 */
public final class Lifecycle {

    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final DueTimePolicy dueTimes;

    public Lifecycle(DueTimePolicy dueTimes) {
        this.dueTimes = dueTimes;
    }

    /** The actions open to someone with these roles in the dossier's current status. */
    public static List<DossierAction> allowedActions(DossierState dossier, Set<DossierRole> roles) {
        return Arrays.stream(DossierAction.values())
                .filter(action -> action.isAllowedFrom(dossier.status()))
                .filter(action -> mayPerform(action, dossier, roles))
                .toList();
    }

    /**
     * The actions open to someone with these roles now, given the dossier's stored files: acceptance and the
     * owner's supplement are left out while the files they wait for are missing ({@link FilePolicies}). Resolving
     * stays open without a result file: whether it waits for one depends on the command's {@code resultAsFile}.
     */
    public static List<DossierAction> allowedActions(DossierState dossier, Set<DossierRole> roles, DocumentFiles files) {
        return allowedActions(dossier, roles).stream().filter(action -> filesMissing(dossier, action, roles, files).isEmpty())
                .toList();
    }

    /** Receipt at the counter, or acceptance of an online submission: the due time is fixed now. */
    public Deadline deadlineAtReceipt(DossierState dossier, Instant receivedAt) {
        return dueTimes.deadlineAtReceipt(dossier.processingTime(), receivedAt);
    }

    /**
     * An action that does not depend on stored files: a step of a legacy timeline (its dossier predates file
     * storage, and the importer acts as officers), the intake's own steps, the overdue watch.
     */
    public Transition apply(DossierState dossier, DossierAction action, ActionCommand command, Set<DossierRole> roles,
                            Instant now) {
        return apply(dossier, action, command, roles, DocumentFiles.PREDATING_STORAGE, now);
    }

    /**
     * An action on a live dossier, which may depend on its stored files ({@link FilePolicies}): acceptance of an
     * online dossier, a supplement its owner provides, and resolving with the result as a file.
     */
    public Transition apply(DossierState dossier, DossierAction action, ActionCommand command, Set<DossierRole> roles,
                            DocumentFiles files, Instant now) {
        if (!action.isAllowedFrom(dossier.status())) {
            throw new ActionRefused(ActionRefused.Kind.WRONG_STATUS, "A dossier in " + dossier.status() + " does not allow '"
                    + action.pathName() + "'; " + describe(allowedActions(dossier, roles)), allowedActions(dossier, roles), List.of());
        }
        if (!mayPerform(action, dossier, roles)) {
            throw new ActionRefused(ActionRefused.Kind.WRONG_ROLE, roleRule(action), allowedActions(dossier, roles), List.of());
        }
        checkCommand(dossier, action, command, now);
        checkFiles(dossier, action, command, roles, files);
        DossierState.Builder next = dossier.change();
        action.target().ifPresent(next::status);
        applyClock(dossier, action, now, next);
        switch (action) {
            case REFUSE, SUSPEND, WITHDRAW -> next.reasonCode(command.reasonCode());
            case REQUEST_SUPPLEMENT -> next.missingDocuments(command.missingDocuments());
            case RESOLVE -> next.outcome(command.outcome(), command.resultAsFile())
                    .reasonCode(command.reasonCode());
            case RESCHEDULE -> next.newAppointmentAt(command.newAppointmentAt()).reasonCode(command.reasonCode());
            case OVERDUE -> next.overdueNotified();
            default -> {
                // the status and the clock say it all
            }
        }
        return new Transition(action, dossier.status(), next.build(), action.event());
    }

    private void applyClock(DossierState dossier, DossierAction action, Instant now, DossierState.Builder next) {
        switch (action.clock()) {
            case START -> next.receivedAt(now).deadline(deadlineAtReceipt(dossier, now));
            case PAUSE -> next.pausedSince(now);
            case RESUME -> next.deadline(dueTimes.afterPause(dossier.deadline(), dossier.pausedSince(), now)).pausedSince(null);
            case STOP -> {
                Deadline deadline = dossier.deadline();
                if (deadline != null && dossier.isPaused()) {
                    // the time paused until now still does not count
                    deadline = dueTimes.afterPause(deadline, dossier.pausedSince(), now);
                    next.deadline(deadline).pausedSince(null);
                }
                if (action == DossierAction.RESOLVE) {
                    next.resolvedAt(now).timeliness(deadline.timelinessOf(now));
                }
            }
            default -> {
                // no effect on the clock
            }
        }
    }

    private static void checkCommand(DossierState dossier, DossierAction action, ActionCommand command, Instant now) {
        List<Violation> problems = new ArrayList<>();
        checkReasonCode(command, problems);
        switch (action) {
            case REFUSE, SUSPEND -> requireReason(command, problems);
            case REQUEST_SUPPLEMENT -> {
                if (dossier.supplementWasRequested()) {
                    throw new ActionRefused(ActionRefused.Kind.WRONG_STATUS, "A supplement was requested once already;"
                            + " the law allows one request listing everything missing (Mẫu 02).", List.of(), List.of());
                }
                if (command.missingDocuments().isEmpty()) {
                    problems.add(new Violation("missingDocuments", "must list everything missing, in one request"));
                }
                for (int i = 0; i < command.missingDocuments().size(); i++) {
                    String missing = command.missingDocuments().get(i);
                    if (missing == null || missing.isBlank() || missing.length() > 500) {
                        problems.add(new Violation("missingDocuments[" + i + "]", "must be a description of 1 to 500 characters"));
                    }
                }
            }
            case RESOLVE -> {
                if (command.outcome() == null) {
                    problems.add(new Violation("outcome", "is required: APPROVED or DENIED"));
                } else if (command.outcome() == Outcome.DENIED) {
                    requireReason(command, problems);
                }
                if (command.resultAsFile() == null) {
                    problems.add(new Violation("resultAsFile", "is required: whether the result was issued as a file"));
                }
            }
            case RESCHEDULE -> {
                requireReason(command, problems);
                if (command.newAppointmentAt() == null) {
                    problems.add(new Violation("newAppointmentAt", "is required: the new appointment (Mẫu 04)"));
                } else if (!command.newAppointmentAt().isAfter(now)) {
                    problems.add(new Violation("newAppointmentAt", "must be in the future"));
                } else if (dossier.deadline() != null
                        && !Apology.appointsAfter(command.newAppointmentAt(), dossier.deadline().dueAt())) {
                    problems.add(new Violation("newAppointmentAt", "must be after the current due time ("
                            + dossier.deadline().dueAt().toOffsetDateTime() + "): an apology sets a later appointment"));
                }
            }
            case OVERDUE -> {
                if (dossier.overdueNotified() || dossier.deadline() == null || !dossier.deadline().isOverdueAt(now)) {
                    throw new ActionRefused(ActionRefused.Kind.WRONG_STATUS, "The dossier is not newly overdue.", List.of(), List.of());
                }
            }
            default -> {
                // nothing to say
            }
        }
        if (!problems.isEmpty()) {
            throw new ActionRefused(ActionRefused.Kind.INVALID_COMMAND, problems.size() + " fields of the command are not valid",
                    List.of(), problems);
        }
    }

    private static void checkFiles(DossierState dossier, DossierAction action, ActionCommand command, Set<DossierRole> roles,
                                   DocumentFiles files) {
        if (action == DossierAction.RESOLVE) {
            List<Violation> result = FilePolicies.resultFileStoredWhenResolvedAsFile(command, files);
            if (!result.isEmpty()) {
                throw new ActionRefused(ActionRefused.Kind.FILES_MISSING, "Dossier " + dossier.code() + " cannot be resolved"
                        + " with resultAsFile " + command.resultAsFile() + ": " + (command.resultAsFile()
                        ? "its result file is not stored yet." : "its result file is stored."), List.of(), result);
            }
            return;
        }
        List<Violation> missing = filesMissing(dossier, action, roles, files);
        if (!missing.isEmpty()) {
            throw new ActionRefused(ActionRefused.Kind.FILES_MISSING, "Dossier " + dossier.code() + " cannot be "
                    + (action == DossierAction.ACCEPT ? "accepted" : "given its supplement") + " yet: " + missing.size()
                    + (missing.size() == 1 ? " document lacks its" : " documents lack their") + " stored file.",
                    List.of(), missing);
        }
    }

    private static List<Violation> filesMissing(DossierState dossier, DossierAction action, Set<DossierRole> roles,
                                                DocumentFiles files) {
        return switch (action) {
            case ACCEPT -> FilePolicies.declaredFilesStoredBeforeAcceptance(dossier, files);
            // the receiving officer provides a supplement brought on paper, as before; the owner, by uploading it
            case PROVIDE_SUPPLEMENT -> roles.contains(DossierRole.RECEIVING_OFFICER) ? List.of()
                    : FilePolicies.ownersSupplementUploaded(dossier, files);
            default -> List.of();
        };
    }

    /**
     * What a refusal must say, wherever it happens (an action on a submitted dossier, or at the counter
     * as the dossier is handed in): a reason, and a reason code of the usual shape if any.
     */
    public static List<Violation> refusalProblems(ActionCommand command) {
        List<Violation> problems = new ArrayList<>();
        checkReasonCode(command, problems);
        requireReason(command, problems);
        return problems;
    }

    private static void checkReasonCode(ActionCommand command, List<Violation> problems) {
        if (command.reasonCode() != null && !REASON_CODE.matcher(command.reasonCode()).matches()) {
            problems.add(new Violation("reasonCode", "must be upper-case letters, digits and _, such as INCOMPLETE"));
        }
    }

    private static void requireReason(ActionCommand command, List<Violation> problems) {
        if (command.reason() == null || command.reason().isBlank()) {
            problems.add(new Violation("reason", "is required for this action"));
        } else if (command.reason().length() > 2000) {
            problems.add(new Violation("reason", "must be at most 2000 characters"));
        }
    }

    private static boolean mayPerform(DossierAction action, DossierState dossier, Set<DossierRole> roles) {
        for (DossierRole role : roles) {
            if (!action.performers().contains(role)) {
                continue;
            }
            // a citizen withdraws only their own online dossier
            if (role != DossierRole.OWNER || dossier.channel() == vn.motcua.platform.events.Channel.ONLINE) {
                return true;
            }
        }
        return false;
    }

    private static String roleRule(DossierAction action) {
        List<String> who = new ArrayList<>();
        for (DossierRole role : action.performers()) {
            who.add(switch (role) {
                case RECEIVING_OFFICER -> "an officer of the receiving unit";
                case COMPETENT_OFFICER -> "an officer of the competent unit";
                case OWNER -> "the citizen who submitted it online";
                case SYSTEM -> "the platform";
            });
        }
        return "Only " + String.join(" or ", who) + " may " + action.pathName() + " this dossier.";
    }

    private static String describe(List<DossierAction> allowed) {
        return allowed.isEmpty() ? "no action is open to you now"
                : "open to you now: " + String.join(", ", allowed.stream().map(DossierAction::pathName).toList());
    }
}
