package vn.motcua.dossier.domain.lifecycle;

import org.junit.jupiter.api.Test;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A legacy dossier's timeline, replayed through the lifecycle rules at its historical times. */
class TimelineReplayRulebookTest {

    private static final Instant NOW = at("2026-01-05T09:00:00+07:00");

    private final TimelineReplay replay = new TimelineReplay(new Lifecycle(new DueTimePolicy(SeededCalendars.standard())));

    @Test
    void aDossierReceivedOnTuesdayFirstJulyForFiveWorkingDaysIsDueTuesdayEighthAndEarlyWhenResolvedTheNextDay() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-01T08:00:00+07:00"),
                step("start", "2025-07-01T09:00:00+07:00"),
                resolve("2025-07-02T10:00:00+07:00")), null, NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps()).extracting(ReplayedStep::event)
                .containsExactly(DossierEventType.RECEIVED, DossierEventType.STARTED, DossierEventType.RESOLVED);
        assertThat(result.steps()).extracting(step -> step.after().sequence()).containsExactly(1L, 2L, 3L);
        DossierState last = result.last();
        assertThat(last.receivedAt()).isEqualTo(at("2025-07-01T08:00:00+07:00"));
        assertThat(last.submittedAt()).isEqualTo(at("2025-07-01T08:00:00+07:00"));
        assertThat(last.deadline().dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-08T17:00:00+07:00"));
        assertThat(last.resolvedAt()).isEqualTo(at("2025-07-02T10:00:00+07:00"));
        assertThat(last.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(last.status()).isEqualTo(DossierStatus.RESOLVED);
    }

    @Test
    void aPauseMovesTheDueTimeByTheWorkingTimeSpentPausedAsItDoesLive() {
        // docs/calendar.md: 5 days from Mon 7 Jul, due Mon 14 Jul 17:00; paused Fri 11 Jul 15:00 to Tue 15 Jul 09:00 = 11 h
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-07T08:00:00+07:00"),
                step("start", "2025-07-07T09:00:00+07:00"),
                supplement("2025-07-11T15:00:00+07:00"),
                step("provide-supplement", "2025-07-15T09:00:00+07:00"),
                resolve("2025-07-16T10:00:00+07:00")), null, NOW);

        assertThat(result.problems()).isEmpty();
        DossierState last = result.last();
        assertThat(last.deadline().dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-16T11:00:00+07:00"));
        assertThat(last.deadline().pausedWorkingTime()).isEqualTo(Duration.ofHours(11));
        assertThat(last.timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void theLegacyDueTimeReplacesTheCalendarsAtReceiptAndPausesStillMoveIt() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-07T08:00:00+07:00"),
                supplement("2025-07-08T15:00:00+07:00"),
                step("provide-supplement", "2025-07-08T16:00:00+07:00"),
                resolve("2025-07-10T10:00:00+07:00")), at("2025-07-09T17:00:00+07:00"), NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps().get(0).after().deadline().dueAt().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2025-07-09T17:00:00+07:00"));
        // one working hour paused: the legacy 17:00 moves into the next morning
        assertThat(result.last().deadline().dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-10T08:30:00+07:00"));
        assertThat(result.last().timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void anOnlineDossierIsSubmittedThenAcceptedAndTheClockStartsAtAcceptance() {
        TimelineReplay.Result result = replay.replay(intake(Channel.ONLINE), steps(
                step("submit", "2025-07-05T20:00:00+07:00"),
                step("accept", "2025-07-07T08:00:00+07:00"),
                withdraw("2025-07-08T08:00:00+07:00")), null, NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps()).extracting(ReplayedStep::event)
                .containsExactly(DossierEventType.SUBMITTED, DossierEventType.RECEIVED, DossierEventType.WITHDRAWN);
        assertThat(result.steps().get(1).from()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(result.last().submittedAt()).isEqualTo(at("2025-07-05T20:00:00+07:00"));
        assertThat(result.last().receivedAt()).isEqualTo(at("2025-07-07T08:00:00+07:00"));
        assertThat(result.last().timeliness()).isNull();
    }

    @Test
    void aTimelineThatResolvesBeforeReceivingIsRefusedNamingTheFirstStep() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                resolve("2025-07-01T08:00:00+07:00"),
                step("receive", "2025-07-01T09:00:00+07:00")), null, NOW);

        assertThat(result.isLegal()).isFalse();
        assertThat(result.problems()).extracting(Violation::field).contains("timeline[0].action", "timeline[1].action");
        assertThat(result.steps()).isEmpty();
    }

    @Test
    void timesThatDoNotIncreaseOrLieInTheFutureAreNamed() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-01T08:00:00+07:00"),
                step("start", "2025-07-01T08:00:00+07:00"),
                resolve("2030-01-01T08:00:00+07:00")), null, NOW);

        assertThat(result.problems()).extracting(Violation::field).containsExactly("timeline[1].at", "timeline[2].at");
        assertThat(result.problems().get(0).message()).contains("later than timeline[0].at");
        assertThat(result.problems().get(1).message()).contains("future");
    }

    @Test
    void anActionTheStatusReachedDoesNotAllowIsRefusedNamingTheStatusAndWhatWasOpen() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-01T08:00:00+07:00"),
                step("start", "2025-07-01T09:00:00+07:00"),
                step("return", "2025-07-01T10:00:00+07:00")), null, NOW);

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).field()).isEqualTo("timeline[2].action");
        assertThat(result.problems().get(0).message()).contains("IN_PROGRESS").contains("resolve");
    }

    @Test
    void anIncompleteCommandIsNamedWithinItsStep() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-01T08:00:00+07:00"),
                step("resolve", "2025-07-01T09:00:00+07:00")), null, NOW);

        assertThat(result.problems()).extracting(Violation::field)
                .containsExactlyInAnyOrder("timeline[1].outcome", "timeline[1].resultAsFile");
    }

    @Test
    void theIntakeMustFitTheChannelAndOverdueIsNeverImported() {
        assertThat(replay.replay(intake(Channel.COUNTER), steps(step("submit", "2025-07-01T08:00:00+07:00")), null, NOW)
                .problems()).extracting(Violation::field).containsExactly("timeline[0].action");
        assertThat(replay.replay(intake(Channel.ONLINE), steps(step("receive", "2025-07-01T08:00:00+07:00")), null, NOW)
                .problems()).extracting(Violation::field).containsExactly("timeline[0].action");
        TimelineReplay.Result overdue = replay.replay(intake(Channel.COUNTER), steps(
                step("receive", "2025-07-01T08:00:00+07:00"), step("overdue", "2025-07-09T08:00:00+07:00")), null, NOW);
        assertThat(overdue.problems()).extracting(Violation::message).anyMatch(m -> m.contains("overdue watch"));
    }

    @Test
    void aDossierRefusedAtTheCounterAsItWasHandedInStartsWithRefuseAndIsNeverReceived() {
        TimelineReplay.Result result = replay.replay(intake(Channel.COUNTER), steps(
                new TimelineStep("refuse", at("2025-07-01T08:00:00+07:00"),
                        new ActionCommand("Không thuộc thẩm quyền của xã", "NOT_COMPETENT", null, null, null, null))),
                null, NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.steps()).hasSize(1);
        assertThat(result.steps().get(0).event()).isEqualTo(DossierEventType.REFUSED);
        assertThat(result.last().status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(result.last().submittedAt()).isEqualTo(at("2025-07-01T08:00:00+07:00"));
        assertThat(result.last().receivedAt()).isNull();
        assertThat(result.last().deadline()).isNull();
        assertThat(result.last().reasonCode()).isEqualTo("NOT_COMPETENT");
        assertThat(result.last().sequence()).isEqualTo(1);
    }

    @Test
    void aRefusalAtTheCounterSaysWhyIsForPaperDossiersOnlyAndEndsTheTimeline() {
        assertThat(replay.replay(intake(Channel.POST), steps(step("refuse", "2025-07-01T08:00:00+07:00")), null, NOW)
                .problems()).extracting(Violation::field).containsExactly("timeline[0].reason");
        TimelineStep refuse = new TimelineStep("refuse", at("2025-07-01T08:00:00+07:00"),
                new ActionCommand("Sai thủ tục", null, null, null, null, null));
        assertThat(replay.replay(intake(Channel.ONLINE), steps(refuse), null, NOW).problems())
                .extracting(Violation::field).containsExactly("timeline[0].action");
        assertThat(replay.replay(intake(Channel.COUNTER), steps(refuse, step("start", "2025-07-01T09:00:00+07:00")), null, NOW)
                .problems()).extracting(Violation::field).containsExactly("timeline[1].action");
        assertThat(replay.replay(intake(Channel.COUNTER), steps(refuse), at("2025-07-08T17:00:00+07:00"), NOW)
                .problems()).extracting(Violation::field).containsExactly("dueAt");
    }

    @Test
    void aLegacyDueTimeForADossierNeverReceivedOrBeforeItsReceiptIsRefused() {
        TimelineReplay.Result refused = replay.replay(intake(Channel.ONLINE), steps(
                step("submit", "2025-07-01T08:00:00+07:00"),
                new TimelineStep("refuse", at("2025-07-01T09:00:00+07:00"),
                        new ActionCommand("Sai thủ tục", "WRONG_PROCEDURE", null, null, null, null))),
                at("2025-07-08T17:00:00+07:00"), NOW);
        assertThat(refused.problems()).extracting(Violation::field).containsExactly("dueAt");

        TimelineReplay.Result early = replay.replay(intake(Channel.COUNTER), steps(step("receive", "2025-07-01T08:00:00+07:00")),
                at("2025-06-30T17:00:00+07:00"), NOW);
        assertThat(early.problems()).extracting(Violation::field).containsExactly("dueAt");
    }

    private static DossierState intake(Channel channel) {
        return new DossierState(UUID.randomUUID(), "LEGACY-0001", "1.004884", "tu-phap-ho-tich", ProcessingTime.workingDays(5),
                "16906", "16906", channel, null, ApplicantProfile.PERSON_IN_PERSON, DossierStatus.SUBMITTED, null, null, null, null, null, null, null, null, null,
                null, List.of(), false, null, 1, 0, 0);
    }

    private static List<TimelineStep> steps(TimelineStep... steps) {
        return new ArrayList<>(Arrays.asList(steps));
    }

    private static TimelineStep step(String action, String at) {
        return new TimelineStep(action, at(at), ActionCommand.none());
    }

    private static TimelineStep resolve(String at) {
        return new TimelineStep("resolve", at(at), new ActionCommand(null, null, null, Outcome.APPROVED, false, null));
    }

    private static TimelineStep supplement(String at) {
        return new TimelineStep("request-supplement", at(at),
                new ActionCommand(null, "INCOMPLETE", List.of("Giấy chứng sinh (bản chính)"), null, null, null));
    }

    private static TimelineStep withdraw(String at) {
        return new TimelineStep("withdraw", at(at), new ActionCommand("Công dân rút hồ sơ", null, null, null, null, null));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
