package vn.motcua.dossier.domain.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.dossier.domain.SeededCalendars;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.Timeliness;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Violation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.COMPETENT_OFFICER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.OWNER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.RECEIVING_OFFICER;

/** DOMAIN.md's action table and clock rules, as the lifecycle must apply them. */
class LifecycleRulebookTest {

    private final Lifecycle lifecycle = new Lifecycle(new DueTimePolicy(SeededCalendars.standard()));

    /** DOMAIN.md, "The dossier lifecycle", written out again by hand: action -> statuses it is open from. */
    private static final Map<String, Set<DossierStatus>> TABLE = Map.ofEntries(
            entry("accept", EnumSet.of(DossierStatus.SUBMITTED)),
            entry("refuse", EnumSet.of(DossierStatus.SUBMITTED)),
            entry("start", EnumSet.of(DossierStatus.RECEIVED)),
            entry("request-supplement", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)),
            entry("provide-supplement", EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED)),
            entry("request-payment", EnumSet.of(DossierStatus.IN_PROGRESS)),
            entry("confirm-payment", EnumSet.of(DossierStatus.AWAITING_PAYMENT)),
            entry("suspend", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)),
            entry("resume", EnumSet.of(DossierStatus.SUSPENDED)),
            entry("resolve", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)),
            entry("return", EnumSet.of(DossierStatus.RESOLVED)),
            entry("withdraw", EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
                    DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT, DossierStatus.SUSPENDED)),
            entry("reschedule", EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
                    DossierStatus.AWAITING_PAYMENT, DossierStatus.SUSPENDED)));

    /** Who may act: reception actions belong to the receiving unit, processing actions to the competent one. */
    private static final Map<String, Set<DossierRole>> WHO = Map.ofEntries(
            entry("accept", EnumSet.of(RECEIVING_OFFICER)),
            entry("refuse", EnumSet.of(RECEIVING_OFFICER)),
            entry("start", EnumSet.of(COMPETENT_OFFICER)),
            entry("request-supplement", EnumSet.of(COMPETENT_OFFICER)),
            // the owner too, for an online dossier, once the supplement is uploaded (StoredFilesRulebookTest)
            entry("provide-supplement", EnumSet.of(RECEIVING_OFFICER, OWNER)),
            entry("request-payment", EnumSet.of(COMPETENT_OFFICER)),
            entry("confirm-payment", EnumSet.of(RECEIVING_OFFICER, COMPETENT_OFFICER)),
            entry("suspend", EnumSet.of(COMPETENT_OFFICER)),
            entry("resume", EnumSet.of(COMPETENT_OFFICER)),
            entry("resolve", EnumSet.of(COMPETENT_OFFICER)),
            entry("return", EnumSet.of(RECEIVING_OFFICER)),
            entry("withdraw", EnumSet.of(RECEIVING_OFFICER, OWNER)),
            entry("reschedule", EnumSet.of(COMPETENT_OFFICER)));

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void eachStatusOpensExactlyTheActionsOfTheTableToEachRole(DossierStatus status) {
        for (DossierRole role : List.of(RECEIVING_OFFICER, COMPETENT_OFFICER, OWNER)) {
            DossierState dossier = dossier(status, Channel.ONLINE);
            Set<String> expected = TABLE.entrySet().stream()
                    .filter(e -> e.getValue().contains(status) && WHO.get(e.getKey()).contains(role))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            Set<String> actual = Lifecycle.allowedActions(dossier, Set.of(role)).stream()
                    .map(DossierAction::pathName).filter(name -> !name.equals("overdue")).collect(Collectors.toSet());
            assertThat(actual).as("%s as %s", status, role).isEqualTo(expected);
        }
    }

    @Test
    void aCitizenWithdrawsOnlyADossierTheySubmittedOnline() {
        assertThat(Lifecycle.allowedActions(dossier(DossierStatus.RECEIVED, Channel.COUNTER), Set.of(OWNER))).isEmpty();
        assertThat(Lifecycle.allowedActions(dossier(DossierStatus.RECEIVED, Channel.ONLINE), Set.of(OWNER)))
                .containsExactly(DossierAction.WITHDRAW);
    }

    @Test
    void anActionFromTheWrongStatusIsRefusedNamingWhatIsOpen() {
        DossierState submitted = dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        assertThatThrownBy(() -> lifecycle.apply(submitted, DossierAction.RESOLVE, resolveApproved(),
                Set.of(RECEIVING_OFFICER, COMPETENT_OFFICER), at("2025-07-01T09:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.WRONG_STATUS);
                    assertThat(refused.allowed()).containsExactlyInAnyOrder(DossierAction.ACCEPT, DossierAction.REFUSE,
                            DossierAction.WITHDRAW);
                });
    }

    @Test
    void anOfficerOfTheReceivingUnitCannotResolve() {
        DossierState received = dossier(DossierStatus.RECEIVED, Channel.COUNTER);
        assertThatThrownBy(() -> lifecycle.apply(received, DossierAction.RESOLVE, resolveApproved(), Set.of(RECEIVING_OFFICER),
                at("2025-07-01T09:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.WRONG_ROLE));
    }

    @Test
    void acceptingAnOnlineDossierStartsTheClockAndFixesTheDueTime() {
        DossierState submitted = dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        // Friday 4 July 2025 at 10:00, five working days: due at the end of Friday 11 July
        Transition accepted = lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                at("2025-07-04T10:00:00+07:00"));

        assertThat(accepted.after().status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(accepted.event()).isEqualTo(DossierEventType.RECEIVED);
        assertThat(accepted.after().receivedAt()).isEqualTo(at("2025-07-04T10:00:00+07:00"));
        assertThat(accepted.after().deadline().dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-11T17:00:00+07:00"));
        assertThat(accepted.after().sequence()).isEqualTo(submitted.sequence() + 1);
    }

    @Test
    void aSupplementPauseAcrossAWeekendMovesTheDueTimeByThePausedWorkingTimeOnly() {
        DossierState inProgress = received("2025-07-07T08:00:00+07:00").change().status(DossierStatus.IN_PROGRESS).build();
        // paused Friday 11 July 16:00, resumed Monday 14 July 09:30: one working hour on Friday (to 17:00), two on Monday (from 07:30)
        Transition paused = lifecycle.apply(inProgress, DossierAction.REQUEST_SUPPLEMENT, supplement(), Set.of(COMPETENT_OFFICER),
                at("2025-07-11T16:00:00+07:00"));
        assertThat(paused.after().isPaused()).isTrue();
        Transition resumed = lifecycle.apply(paused.after(), DossierAction.PROVIDE_SUPPLEMENT, ActionCommand.none(),
                Set.of(RECEIVING_OFFICER), at("2025-07-14T09:30:00+07:00"));

        assertThat(resumed.after().isPaused()).isFalse();
        assertThat(resumed.after().deadline().pausedWorkingTime()).isEqualTo(Duration.ofHours(3));
        assertThat(resumed.after().deadline().dueAt().toInstant())
                .isAfter(inProgress.deadline().dueAt().toInstant());
    }

    @Test
    void aSupplementIsRequestedOnceListingEverythingMissing() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        assertThatThrownBy(() -> lifecycle.apply(received, DossierAction.REQUEST_SUPPLEMENT,
                new ActionCommand(null, null, List.of(), null, null, null), Set.of(COMPETENT_OFFICER), at("2025-07-07T09:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.problems())
                        .extracting(Violation::field).containsExactly("missingDocuments"));
        DossierState once = lifecycle.apply(received, DossierAction.REQUEST_SUPPLEMENT, supplement(), Set.of(COMPETENT_OFFICER),
                at("2025-07-07T09:00:00+07:00")).after();
        DossierState resumed = lifecycle.apply(once, DossierAction.PROVIDE_SUPPLEMENT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                at("2025-07-07T10:00:00+07:00")).after();
        assertThatThrownBy(() -> lifecycle.apply(resumed, DossierAction.REQUEST_SUPPLEMENT, supplement(), Set.of(COMPETENT_OFFICER),
                at("2025-07-07T11:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.getMessage()).contains("once"));
    }

    @Test
    void resolvingOnTheDueDateIsOnTimeBeforeItEarlyAndAfterItLate() {
        DossierState received = received("2025-07-07T08:00:00+07:00"); // due Monday 14 July, end of day
        assertThat(resolveAt(received, "2025-07-11T16:59:00+07:00").timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(resolveAt(received, "2025-07-14T08:00:00+07:00").timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(resolveAt(received, "2025-07-14T23:30:00+07:00").timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(resolveAt(received, "2025-07-15T07:30:00+07:00").timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aWithdrawnDossierIsNeverCountedOnTimeOrLate() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        DossierState withdrawn = lifecycle.apply(received, DossierAction.WITHDRAW, new ActionCommand("Người nộp xin rút", "APPLICANT_REQUEST",
                List.of(), null, null, null), Set.of(RECEIVING_OFFICER), at("2025-07-20T09:00:00+07:00")).after();
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.timeliness()).isNull();
        assertThat(withdrawn.reasonCode()).isEqualTo("APPLICANT_REQUEST");
    }

    @Test
    void anApologySetsANewAppointmentButDoesNotMoveTheDueTime() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        DossierState rescheduled = lifecycle.apply(received, DossierAction.RESCHEDULE,
                new ActionCommand("Cần xác minh thêm", "VERIFICATION", List.of(), null, null, at("2025-07-18T17:00:00+07:00")),
                Set.of(COMPETENT_OFFICER), at("2025-07-14T10:00:00+07:00")).after();
        assertThat(rescheduled.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(rescheduled.newAppointmentAt()).isEqualTo(at("2025-07-18T17:00:00+07:00"));
        assertThat(rescheduled.deadline()).isEqualTo(received.deadline());
        assertThat(resolveAt(rescheduled, "2025-07-18T10:00:00+07:00").timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void anApologyAppointsADayAfterTheDueTimeItReplaces() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        Instant due = received.deadline().dueAt().toInstant();

        assertThatThrownBy(() -> lifecycle.apply(received, DossierAction.RESCHEDULE,
                new ActionCommand("Cần xác minh thêm", null, List.of(), null, null, due),
                Set.of(COMPETENT_OFFICER), at("2025-07-07T10:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.INVALID_COMMAND);
                    assertThat(refused.problems()).extracting(Violation::field).containsExactly("newAppointmentAt");
                    assertThat(refused.problems().get(0).message()).contains("after the current due time");
                });
    }

    @Test
    void anApologyIsDueAtLeastOneDayBeforeTheDueDateAndOneIssuedLaterIsFlaggedLate() {
        ZonedDateTime due = at("2025-07-11T17:00:00+07:00").atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThat(Apology.isLate(at("2025-07-10T16:59:00+07:00"), due)).isFalse();
        assertThat(Apology.isLate(at("2025-07-10T23:59:00+07:00"), due)).isFalse();
        assertThat(Apology.isLate(at("2025-07-11T00:00:00+07:00"), due)).isTrue();
        assertThat(Apology.isLate(at("2025-07-14T09:00:00+07:00"), due)).isTrue();
        // the day is the province's: 2025-07-10T17:30Z is already the 11th in Vietnam
        assertThat(Apology.isLate(Instant.parse("2025-07-10T17:30:00Z"), due)).isTrue();
    }

    @Test
    void theOverdueEventIsPublishedOncePerDossierAndOnlyAfterTheDueTime() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        assertThatThrownBy(() -> lifecycle.apply(received, DossierAction.OVERDUE, ActionCommand.none(), Set.of(DossierRole.SYSTEM),
                at("2025-07-14T16:00:00+07:00"))).isInstanceOf(ActionRefused.class);
        DossierState overdue = lifecycle.apply(received, DossierAction.OVERDUE, ActionCommand.none(), Set.of(DossierRole.SYSTEM),
                at("2025-07-15T08:00:00+07:00")).after();
        assertThat(overdue.overdueNotified()).isTrue();
        assertThat(overdue.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThatThrownBy(() -> lifecycle.apply(overdue, DossierAction.OVERDUE, ActionCommand.none(), Set.of(DossierRole.SYSTEM),
                at("2025-07-16T08:00:00+07:00"))).isInstanceOf(ActionRefused.class);
    }

    @Test
    void aDenialNeedsAReasonAndAResolutionSaysWhetherTheResultIsAFile() {
        DossierState received = received("2025-07-07T08:00:00+07:00");
        assertThatThrownBy(() -> lifecycle.apply(received, DossierAction.RESOLVE,
                new ActionCommand(null, null, List.of(), Outcome.DENIED, null, null), Set.of(COMPETENT_OFFICER), at("2025-07-08T09:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.problems())
                        .extracting(Violation::field).containsExactlyInAnyOrder("reason", "resultAsFile"));
    }

    private DossierState resolveAt(DossierState dossier, String when) {
        return lifecycle.apply(dossier, DossierAction.RESOLVE, resolveApproved(), Set.of(COMPETENT_OFFICER), at(when)).after();
    }

    private DossierState received(String when) {
        DossierState submitted = dossier(DossierStatus.SUBMITTED, Channel.COUNTER);
        return lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER), at(when)).after();
    }

    private static ActionCommand resolveApproved() {
        return new ActionCommand(null, null, List.of(), Outcome.APPROVED, true, null);
    }

    private static ActionCommand supplement() {
        return new ActionCommand("Thiếu giấy tờ", "INCOMPLETE", List.of("Giấy chứng sinh (bản chính)"), null, null, null);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static DossierState dossier(DossierStatus status, Channel channel) {
        return new DossierState(UUID.randomUUID(), "000.16.906.H40-250701-0001", "1.004884", "tu-phap-ho-tich",
                ProcessingTime.workingDays(5), "16906", "16906", channel, channel == Channel.ONLINE ? "citizen-1" : null,
                ApplicantProfile.PERSON_IN_PERSON, status, at("2025-07-01T08:00:00+07:00"), null, null, null, null, null, null, null, null, null, List.of(), false,
                null, 2, 0, 1);
    }
}
