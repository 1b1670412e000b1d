package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.dossier.domain.deadline.Deadline;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replays a dossier's timeline from a legacy system through the lifecycle rules, at the historical
 * instants: the rules that decide live actions decide whether each step was legal, and the calendar
 * rules fix the due time at receipt, move it on each resume and decide timeliness at resolution. A
 * timeline is legal when it starts with the intake (or, at the counter or by post, with the refusal
 * of the dossier as it was handed in), its times strictly increase and none is later
 * than now, and each action was open in the status the steps before it reached.
 */
public final class TimelineReplay {

    /** The intake of an online dossier: it waits, SUBMITTED, for an officer to accept it. */
    public static final String SUBMIT = "submit";
    /** The intake at the counter (or by post): received at once, the clock starts. */
    public static final String RECEIVE = "receive";
    /** A dossier handed in at the counter (or by post) and refused there, never received (Mẫu 03). */
    public static final String REFUSE_AT_COUNTER = DossierAction.REFUSE.pathName();
    /** Longer timelines are not dossiers but data errors. */
    public static final int MAX_STEPS = 100;

    /**
     * The importer stands for the officers of both units: every reception and processing step of the
     * timeline was theirs (a citizen's withdrawal is one the receiving unit may record too).
     */
    public static final Set<DossierRole> IMPORTER = Collections.unmodifiableSet(
            EnumSet.of(DossierRole.RECEIVING_OFFICER, DossierRole.COMPETENT_OFFICER));

    private final Lifecycle lifecycle;

    public TimelineReplay(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** What a replay found: the steps as the rules took them, or what is wrong with the timeline. */
    public record Result(List<ReplayedStep> steps, List<Violation> problems) {

        public Result {
            steps = List.copyOf(steps);
            problems = List.copyOf(problems);
        }

        public boolean isLegal() {
            return problems.isEmpty();
        }

        /** The dossier after the last step. */
        public DossierState last() {
            return steps.get(steps.size() - 1).after();
        }
    }

    /** The actions a timeline may name: the two intakes, then every action but the platform's own overdue. */
    public static List<String> importableActions() {
        return Stream.concat(Stream.of(SUBMIT, RECEIVE), Arrays.stream(DossierAction.values())
                .filter(action -> action != DossierAction.OVERDUE).map(DossierAction::pathName)).toList();
    }

    /**
     * Replays the timeline on the dossier as it was handed in, step by step, at each step's time.
     *
     * @param intake      the dossier as handed in, before any step: status SUBMITTED, sequence 0; its
     *                    submission time is taken from the first step
     * @param legacyDueAt the due time the legacy system fixed at receipt, used in place of the calendar's
     *                    (pauses still move it); null to fix it by the calendar rules
     * @param now         no step may be later than this
     */
    public Result replay(DossierState intake, List<TimelineStep> steps, Instant legacyDueAt, Instant now) {
        List<Violation> problems = checkShape(intake.channel(), steps, now);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<ReplayedStep> replayed = new ArrayList<>();
        TimelineStep first = steps.get(0);
        DossierState state = startedAt(intake, first.at());
        if (SUBMIT.equals(first.action())) {
            state = state.change().build();
            replayed.add(new ReplayedStep(first, null, state, DossierEventType.SUBMITTED));
        } else if (REFUSE_AT_COUNTER.equals(first.action())) {
            // refused at the counter as it was handed in: never received, REFUSED from the start
            try {
                Transition refused = lifecycle.apply(state, DossierAction.REFUSE, first.command(),
                        EnumSet.of(DossierRole.RECEIVING_OFFICER), first.at());
                state = refused.after();
                replayed.add(new ReplayedStep(first, null, state, refused.event()));
            } catch (ActionRefused refused) {
                problems.addAll(problemsOf(refused, DossierAction.REFUSE, state, "timeline[0]"));
            }
        } else {
            Transition received = lifecycle.apply(state, DossierAction.ACCEPT, ActionCommand.none(),
                    EnumSet.of(DossierRole.RECEIVING_OFFICER), first.at());
            state = received.after();
            replayed.add(new ReplayedStep(first, null, state, received.event()));
        }
        boolean received = state.status() == DossierStatus.RECEIVED;
        if (received && legacyDueAt != null) {
            state = withLegacyDueAt(state, legacyDueAt, "timeline[0].at", problems);
            replayed.set(0, new ReplayedStep(first, null, state, DossierEventType.RECEIVED));
        }
        for (int i = 1; i < steps.size() && problems.isEmpty(); i++) {
            TimelineStep step = steps.get(i);
            DossierAction action = DossierAction.ofPathName(step.action()).orElseThrow();
            Transition transition;
            try {
                transition = lifecycle.apply(state, action, step.command(), IMPORTER, step.at());
            } catch (ActionRefused refused) {
                problems.addAll(problemsOf(refused, action, state, "timeline[" + i + "]"));
                break;
            }
            DossierState after = transition.after();
            if (action == DossierAction.ACCEPT) {
                received = true;
                if (legacyDueAt != null) {
                    after = withLegacyDueAt(after, legacyDueAt, "timeline[" + i + "].at", problems);
                }
            }
            replayed.add(new ReplayedStep(step, state.status(), after, transition.event()));
            state = after;
        }
        if (problems.isEmpty() && legacyDueAt != null && !received) {
            problems.add(new Violation("dueAt", "the timeline never receives the dossier, so it has no due time;"
                    + " leave dueAt out"));
        }
        return problems.isEmpty() ? new Result(replayed, List.of()) : new Result(List.of(), problems);
    }

    /** What can be told without the rules: names, order of the intake, times. */
    private static List<Violation> checkShape(Channel channel, List<TimelineStep> steps, Instant now) {
        List<Violation> problems = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            problems.add(new Violation("timeline", "must list the dossier's steps, starting with submit (online)"
                    + " or receive (at the counter or by post), or refuse (refused there as it was handed in)"));
            return problems;
        }
        if (steps.size() > MAX_STEPS) {
            problems.add(new Violation("timeline", "must have at most " + MAX_STEPS + " steps"));
            return problems;
        }
        List<String> importable = importableActions();
        Instant previous = null;
        int previousIndex = -1;
        for (int i = 0; i < steps.size(); i++) {
            String at = "timeline[" + i + "]";
            TimelineStep step = steps.get(i);
            if (step == null) {
                problems.add(new Violation(at, "is required"));
                continue;
            }
            String action = step.action();
            if (action == null || action.isBlank()) {
                problems.add(new Violation(at + ".action", "is required: one of " + String.join(", ", importable)));
            } else if (DossierAction.OVERDUE.pathName().equals(action)) {
                problems.add(new Violation(at + ".action", "overdue is published by the platform's overdue watch,"
                        + " not imported"));
            } else if (!importable.contains(action)) {
                problems.add(new Violation(at + ".action", "'" + action + "' is not an action; one of "
                        + String.join(", ", importable)));
            } else if (i == 0) {
                intakeProblem(channel, action).ifPresent(message -> problems.add(new Violation(at + ".action", message)));
            } else if (SUBMIT.equals(action) || RECEIVE.equals(action)) {
                problems.add(new Violation(at + ".action", action + " is the intake: only the first step may be one"));
            }
            if (step.at() == null) {
                problems.add(new Violation(at + ".at", "is required: when it happened, such as 2025-07-01T08:00:00+07:00"));
                continue;
            }
            if (previous != null && !step.at().isAfter(previous)) {
                problems.add(new Violation(at + ".at", "must be later than timeline[" + previousIndex
                        + "].at: the steps' times strictly increase"));
            }
            if (step.at().isAfter(now)) {
                problems.add(new Violation(at + ".at", "must not be in the future"));
            }
            previous = step.at();
            previousIndex = i;
        }
        return problems;
    }

    private static Optional<String> intakeProblem(Channel channel, String action) {
        if (SUBMIT.equals(action)) {
            return channel == null || channel == Channel.ONLINE ? Optional.empty()
                    : Optional.of("submit is an online intake; a " + channel + " dossier starts with receive");
        }
        if (RECEIVE.equals(action)) {
            return channel != Channel.ONLINE ? Optional.empty()
                    : Optional.of("an ONLINE dossier starts with submit (and is then accepted)");
        }
        if (REFUSE_AT_COUNTER.equals(action)) {
            return channel != Channel.ONLINE ? Optional.empty()
                    : Optional.of("an ONLINE dossier starts with submit (and may then be refused)");
        }
        return Optional.of("the first step is the intake: submit (online) or receive (at the counter or by post),"
                + " or refuse (refused at the counter or by post as it was handed in), not " + action);
    }

    private static List<Violation> problemsOf(ActionRefused refused, DossierAction action, DossierState state,
                                                         String at) {
        return switch (refused.kind()) {
            case INVALID_COMMAND -> refused.problems().stream()
                    .map(p -> new Violation(at + "." + p.field(), p.message())).toList();
            case WRONG_STATUS -> action.isAllowedFrom(state.status())
                    // allowed by status, refused by a rule of its own (a second supplement request)
                    ? List.of(new Violation(at + ".action", refused.getMessage()))
                    : List.of(new Violation(at + ".action", "'" + action.pathName() + "' is not allowed in "
                            + state.status() + ", the status the steps before it reached; " + openThen(refused)));
            // a legacy timeline's dossier predates file storage, so no step of it waits for a file
            case WRONG_ROLE, FILES_MISSING -> List.of(new Violation(at + ".action", refused.getMessage()));
        };
    }

    private static String openThen(ActionRefused refused) {
        List<String> open = refused.allowed().stream().map(DossierAction::pathName).toList();
        return open.isEmpty() ? "no action is open then" : "open then: " + String.join(", ", open);
    }

    /** The intake's time is the first step's: submitted then, online or at the counter. */
    private static DossierState startedAt(DossierState intake, Instant at) {
        return new DossierState(intake.id(), intake.code(), intake.procedureCode(), intake.fieldCode(), intake.processingTime(),
                intake.receivingUnitCode(), intake.competentUnitCode(), intake.channel(), intake.ownerSubject(),
                intake.applicant(), DossierStatus.SUBMITTED, at, null, null, null, null, null, null, null, null, null, List.of(), false, null,
                intake.documentsTotal(), intake.documentsAsFiles(), intake.sequence());
    }

    /**
     * The legacy system's due time in place of the calendar's, fixed at the same receipt: the clock start
     * stays the calendar's, and later pauses move the legacy due time as they would have moved ours.
     */
    private static DossierState withLegacyDueAt(DossierState received, Instant legacyDueAt, String receiptField,
                                                List<Violation> problems) {
        if (!legacyDueAt.isAfter(received.receivedAt())) {
            problems.add(new Violation("dueAt", "must be later than the receipt (" + receiptField + ")"));
            return received;
        }
        Deadline computed = received.deadline();
        Deadline legacy = new Deadline(computed.clockStartedAt(), legacyDueAt.atZone(computed.dueAt().getZone()),
                computed.pausedWorkingTime());
        return new DossierState(received.id(), received.code(), received.procedureCode(), received.fieldCode(),
                received.processingTime(), received.receivingUnitCode(), received.competentUnitCode(), received.channel(),
                received.ownerSubject(), received.applicant(), received.status(), received.submittedAt(), received.receivedAt(), legacy,
                received.pausedSince(), received.resolvedAt(), received.outcome(), received.resultAsFile(), received.timeliness(),
                received.newAppointmentAt(), received.reasonCode(), received.missingDocuments(), received.overdueNotified(),
                received.rating(), received.documentsTotal(), received.documentsAsFiles(), received.sequence());
    }
}
