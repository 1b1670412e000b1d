package vn.motcua.dossier.domain.deadline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.SeededCalendars;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;
import vn.motcua.dossier.domain.calendar.WorkingCalendar;
import vn.motcua.dossier.domain.calendar.WorkingWeek;
import vn.motcua.platform.testing.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rulebook of DOMAIN.md, "Counting time", on the 2025-2026 calendar of the seeds: when the clock
 * starts, when a dossier is due, how pauses move the due time, and how timeliness is decided. The
 * clock is set to the moment each event happens, as the service's clock will be.
 */
class DueTimeRulebookTest {

    private static final ProcessingTime ONE_WORKING_DAY = ProcessingTime.workingDays(1);
    private static final ProcessingTime THREE_WORKING_DAYS = ProcessingTime.workingDays(3);
    private static final ProcessingTime FIVE_WORKING_DAYS = ProcessingTime.workingDays(5);
    private static final ProcessingTime SAME_DAY_UNTIL_15 = ProcessingTime.sameDay(LocalTime.of(15, 0));

    private final SettableClock clock = new SettableClock();
    private WorkingCalendar calendar;
    private DueTimePolicy policy;

    @BeforeEach
    void aStandardWorkingWeekWithTheSeededHolidays() {
        useCalendar(SeededCalendars.standard());
    }

    private void useCalendar(WorkingCalendar workingCalendar) {
        calendar = workingCalendar;
        policy = new DueTimePolicy(calendar);
    }

    private Deadline receivedAt(String localDateTime, ProcessingTime processingTime) {
        clock.set(localDateTime + ":00+07:00");
        return policy.deadlineAtReceipt(processingTime, clock.instant());
    }

    private static ZonedDateTime local(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+07:00").atZoneSameInstant(SeededCalendars.PROVINCE);
    }

    @Nested
    class WorkingDays {

        @Test
        void threeWorkingDaysFromAThursdaySkipTheWeekend() {
            Deadline deadline = receivedAt("2025-07-03T10:00", THREE_WORKING_DAYS);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }

        @Test
        void countingStartsTheDayAfterTheClockStartsAndEndsAtTheEndOfWorkingHours() {
            Deadline deadline = receivedAt("2025-07-07T09:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-07T09:00"));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }

        @Test
        void tetDaysAndTheWeekendsAroundThemDoNotCount() {
            // Friday 24 January 2025 is the last working day before Tết (27-31 January)
            Deadline deadline = receivedAt("2025-01-24T10:00", THREE_WORKING_DAYS);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-02-05T17:00"));
        }

        @Test
        void aMakeUpSaturdayIsAWorkingDay() {
            Deadline deadline = receivedAt("2025-04-25T10:00", ONE_WORKING_DAY);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-04-26T17:00"));
        }

        @Test
        void theMakeUpSaturdayCountsAndTheSwappedFridayDoesNot() {
            // 25 Apr (1), Sat 26 Apr make-up (2), 28 (3), 29 (4); 30 Apr, 1 and 2 May off; 5 May (5)
            Deadline deadline = receivedAt("2025-04-24T10:00", FIVE_WORKING_DAYS);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-05-05T17:00"));
        }

        @Test
        void aCompensatoryMondayIsNotAWorkingDay() {
            // Hùng Kings' day 2026 falls on Sunday 26 April; Monday 27 April is the day off in its place
            Deadline deadline = receivedAt("2026-04-24T10:00", ONE_WORKING_DAY);

            assertThat(deadline.dueAt()).isEqualTo(local("2026-04-28T17:00"));
        }

        @Test
        void aYearNotStoredUsesTheProposedHolidays() {
            // 2027 is not seeded: Tết 2027 is proposed from Thursday 4 to Monday 8 February, with Saturday
            // and Sunday compensated on Tuesday 9 and Wednesday 10
            Deadline deadline = receivedAt("2027-02-03T10:00", ONE_WORKING_DAY);

            assertThat(deadline.dueAt()).isEqualTo(local("2027-02-11T17:00"));
        }

        @Test
        void receivedAt16HoursTheClockStartsAtOnceAndTheDayOfReceiptIsNotCounted() {
            Deadline deadline = receivedAt("2025-07-11T16:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-11T16:00"));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-14T17:00"));
        }

        @Test
        void receivedAt06HoursTheClockStartsAt0730TheSameDay() {
            Deadline deadline = receivedAt("2025-07-08T06:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-08T07:30"));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-09T17:00"));
        }

        @Test
        void receivedAfterWorkingHoursOnFridayTheClockStartsOnMonday() {
            Deadline deadline = receivedAt("2025-07-11T17:30", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-14T07:30"));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-15T17:00"));
        }

        @Test
        void receivedAtExactly17HoursTheClockStartsTheNextWorkingMorning() {
            Deadline deadline = receivedAt("2025-07-08T17:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-09T07:30"));
        }

        @Test
        void receivedOnAHolidayTheClockStartsOnTheNextWorkingDay() {
            Deadline deadline = receivedAt("2025-09-02T09:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-09-03T07:30"));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-09-04T17:00"));
        }

        @Test
        void receivedAtLunchTheClockStartsWithTheAfternoon() {
            Deadline deadline = receivedAt("2025-07-08T12:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-08T13:30"));
        }
    }

    @Nested
    class SameDay {

        @Test
        void receivedBeforeTheCutOffIsDueAtTheEndOfThatDay() {
            Deadline deadline = receivedAt("2025-07-08T14:59", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }

        @Test
        void receivedAtTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
            Deadline deadline = receivedAt("2025-07-08T15:00", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-09T17:00"));
        }

        @Test
        void receivedAfterTheCutOffOnFridayIsDueOnMonday() {
            Deadline deadline = receivedAt("2025-07-11T15:30", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-14T17:00"));
        }

        @Test
        void receivedBeforeTheCutOffOnTheEveOfTetIsDueThatEvening() {
            Deadline deadline = receivedAt("2025-01-24T14:00", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-01-24T17:00"));
        }

        @Test
        void receivedAfterTheCutOffOnTheEveOfTetIsDueOnTheFirstWorkingDayAfterTet() {
            Deadline deadline = receivedAt("2025-01-24T15:30", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-02-03T17:00"));
        }

        @Test
        void receivedAfterTheCutOffOnTheEveOf30AprilSkipsTheHolidaysAndTheSwappedFriday() {
            Deadline deadline = receivedAt("2025-04-29T16:00", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-05-05T17:00"));
        }

        @Test
        void receivedEarlyInTheMorningCountsFromTheStartOfWorkAndIsDueThatDay() {
            Deadline deadline = receivedAt("2025-07-08T06:00", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }

        @Test
        void receivedOnSaturdayIsDueAtTheEndOfMonday() {
            Deadline deadline = receivedAt("2025-07-12T10:00", SAME_DAY_UNTIL_15);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-14T17:00"));
        }

        @Test
        void aProcedureMayNameAnotherCutOff() {
            Deadline deadline = receivedAt("2025-07-08T16:00", ProcessingTime.sameDay(LocalTime.of(16, 30)));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }
    }

    @Nested
    class WorkingHours {

        @Test
        void workingHoursSkipTheLunchBreak() {
            Deadline deadline = receivedAt("2025-07-08T10:30", ProcessingTime.workingHours(4));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T16:30"));
        }

        @Test
        void workingHoursSkipTheNight() {
            Deadline deadline = receivedAt("2025-07-08T15:00", ProcessingTime.workingHours(8));

            // 2 hours on Tuesday, 4 on Wednesday morning, 2 on Wednesday afternoon
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-09T15:30"));
        }

        @Test
        void workingHoursThatEndWithTheDayAreDueAt17NotTheNextMorning() {
            Deadline deadline = receivedAt("2025-07-08T15:00", ProcessingTime.workingHours(2));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T17:00"));
        }

        @Test
        void workingHoursReceivedAtNightStartAtTheNextWorkingPeriod() {
            Deadline deadline = receivedAt("2025-07-08T20:00", ProcessingTime.workingHours(4));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-09T11:30"));
        }

        @Test
        void workingHoursSkipTet() {
            Deadline deadline = receivedAt("2025-01-24T16:00", ProcessingTime.workingHours(4));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-02-03T10:30"));
        }

        @Test
        void workingHoursReceivedAtLunchStartAt1330() {
            Deadline deadline = receivedAt("2025-07-08T12:15", ProcessingTime.workingHours(2));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T15:30"));
        }
    }

    @Nested
    class SaturdayMornings {

        @BeforeEach
        void aProvinceThatWorksSaturdayMornings() {
            useCalendar(SeededCalendars.withSaturdayMornings());
        }

        @Test
        void aWorkingDayEndingOnSaturdayIsDueAtTheEndOfTheMorning() {
            Deadline deadline = receivedAt("2025-07-11T10:00", ONE_WORKING_DAY);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-12T11:30"));
        }

        @Test
        void workingHoursContinueOnSaturdayMorning() {
            Deadline deadline = receivedAt("2025-07-11T16:00", ProcessingTime.workingHours(4));

            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-12T10:30"));
        }

        @Test
        void receivedOnSaturdayAfternoonTheClockStartsOnMonday() {
            Deadline deadline = receivedAt("2025-07-12T14:00", ONE_WORKING_DAY);

            assertThat(deadline.clockStartedAt()).isEqualTo(local("2025-07-14T07:30"));
        }

        @Test
        void aMakeUpSaturdayIsWorkedAllDay() {
            Deadline deadline = receivedAt("2025-04-25T10:00", ONE_WORKING_DAY);

            assertThat(deadline.dueAt()).isEqualTo(local("2025-04-26T17:00"));
        }
    }

    @Nested
    class Pauses {

        @Test
        void aSupplementPauseAcrossAWeekendMovesTheDueTimeByThePausedWorkingTimeOnly() {
            Deadline atReceipt = receivedAt("2025-07-07T09:00", FIVE_WORKING_DAYS);
            assertThat(atReceipt.dueAt()).isEqualTo(local("2025-07-14T17:00"));

            clock.set("2025-07-11T15:00:00+07:00");
            Instant supplementRequested = clock.instant();
            clock.advance(Duration.ofDays(3).plusHours(18)); // Tuesday 15 July, 09:00
            Instant supplementProvided = clock.instant();
            Deadline resumed = policy.afterPause(atReceipt, supplementRequested, supplementProvided);

            // paused: Friday 15:00-17:00 (2 h), all of Monday (7 h 30), Tuesday 07:30-09:00 (1 h 30) = 11 h
            assertThat(resumed.pausedWorkingTime()).isEqualTo(Duration.ofHours(11));
            // Monday 14 July 17:00 + 11 working hours: all of Tuesday (7 h 30), then 3 h 30 on Wednesday
            assertThat(resumed.dueAt()).isEqualTo(local("2025-07-16T11:00"));
        }

        @Test
        void aPauseFromFridayEveningToMondayMorningCostsNothing() {
            Deadline atReceipt = receivedAt("2025-07-07T09:00", FIVE_WORKING_DAYS);

            clock.set("2025-07-11T17:00:00+07:00");
            Instant paused = clock.instant();
            clock.set("2025-07-14T07:30:00+07:00");
            Deadline resumed = policy.afterPause(atReceipt, paused, clock.instant());

            assertThat(resumed.pausedWorkingTime()).isZero();
            assertThat(resumed.dueAt()).isEqualTo(atReceipt.dueAt());
        }

        @Test
        void aPauseOverTetCountsOnlyTheWorkingTimeAroundIt() {
            Deadline atReceipt = receivedAt("2025-01-20T09:00", FIVE_WORKING_DAYS);
            assertThat(atReceipt.dueAt()).isEqualTo(local("2025-02-03T17:00"));

            clock.set("2025-01-24T16:00:00+07:00");
            Instant paused = clock.instant();
            clock.set("2025-02-03T08:30:00+07:00");
            Deadline resumed = policy.afterPause(atReceipt, paused, clock.instant());

            assertThat(resumed.pausedWorkingTime()).isEqualTo(Duration.ofHours(2));
            assertThat(resumed.dueAt()).isEqualTo(local("2025-02-04T09:30"));
        }

        @Test
        void pausesAddUpAndEachResumeMovesTheDueTimeFixedAtTheResumeBefore() {
            Deadline atReceipt = receivedAt("2025-07-07T09:00", ProcessingTime.workingHours(8));
            assertThat(atReceipt.dueAt()).isEqualTo(local("2025-07-08T09:30"));

            Deadline first = policy.afterPause(atReceipt, local("2025-07-07T10:00").toInstant(), local("2025-07-07T11:00").toInstant());
            Deadline second = policy.afterPause(first, local("2025-07-07T14:00").toInstant(), local("2025-07-07T14:30").toInstant());

            assertThat(first.dueAt()).isEqualTo(local("2025-07-08T10:30"));
            assertThat(second.dueAt()).isEqualTo(local("2025-07-08T11:00"));
            assertThat(second.pausedWorkingTime()).isEqualTo(Duration.ofMinutes(90));
            assertThat(second.clockStartedAt()).isEqualTo(atReceipt.clockStartedAt());
        }

        @Test
        void aPausedAfternoonMovesADueTimeAtTheEndOfTheDayIntoTheNextMorning() {
            Deadline atReceipt = receivedAt("2025-07-07T09:00", ONE_WORKING_DAY);

            // paused for the whole Monday afternoon (3 h 30): due Tuesday 17:00 + 3 h 30 = Wednesday 11:00
            Deadline resumed = policy.afterPause(atReceipt, local("2025-07-07T13:30").toInstant(), local("2025-07-07T17:00").toInstant());

            assertThat(resumed.dueAt()).isEqualTo(local("2025-07-09T11:00"));
        }
    }

    @Nested
    class FixedDueTimes {

        @Test
        void aLaterEditOfTheCalendarDoesNotMoveADueTimeFixedAtReceipt() {
            Deadline atReceipt = receivedAt("2025-07-07T09:00", THREE_WORKING_DAYS);
            assertThat(atReceipt.dueAt()).isEqualTo(local("2025-07-10T17:00"));

            // the province then declares Wednesday 9 July a holiday; a new dossier would be due a day later
            useCalendar(withExtraHoliday("2025-07-09"));
            assertThat(receivedAt("2025-07-07T09:00", THREE_WORKING_DAYS).dueAt()).isEqualTo(local("2025-07-11T17:00"));

            // but on resume the fixed due time only moves by the paused working time, counted on the new calendar
            Deadline resumed = policy.afterPause(atReceipt, local("2025-07-08T16:00").toInstant(), local("2025-07-10T08:30").toInstant());
            assertThat(resumed.pausedWorkingTime()).isEqualTo(Duration.ofHours(2));
            assertThat(resumed.dueAt()).isEqualTo(local("2025-07-11T09:30"));
        }

        private WorkingCalendar withExtraHoliday(String date) {
            WorkingWeek week = WorkingWeek.standard();
            HolidaySchedule seeded = SeededCalendars.year2025(week);
            List<CalendarDay> holidays = new ArrayList<>(seeded.holidays());
            holidays.add(CalendarDay.certain(LocalDate.parse(date), "Nghỉ đột xuất"));
            return WorkingCalendar.withProposals(SeededCalendars.PROVINCE, week,
                    List.of(HolidaySchedule.of(2025, holidays, seeded.makeUpWorkingDays(), week), SeededCalendars.year2026(week)));
        }
    }

    @Nested
    class TimelinessAtTheEdgesOfTheDueDate {

        private Deadline dueMonday14July;

        @BeforeEach
        void aDossierDueOnMonday14July() {
            dueMonday14July = receivedAt("2025-07-07T09:00", FIVE_WORKING_DAYS);
            assertThat(dueMonday14July.dueAt()).isEqualTo(local("2025-07-14T17:00"));
        }

        @Test
        void resolvedTheEveningBeforeTheDueDateIsEarly() {
            assertThat(dueMonday14July.timelinessOf(local("2025-07-13T23:59").toInstant())).isEqualTo(Timeliness.EARLY);
        }

        @Test
        void resolvedAtMidnightStartingTheDueDateIsOnTime() {
            assertThat(dueMonday14July.timelinessOf(local("2025-07-14T00:00").toInstant())).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void resolvedLateInTheEveningOfTheDueDateIsStillOnTime() {
            clock.set("2025-07-14T23:59:59+07:00");

            assertThat(dueMonday14July.isOverdueAt(clock.instant())).isTrue();
            assertThat(dueMonday14July.timelinessOf(clock.instant())).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void resolvedAtMidnightAfterTheDueDateIsLate() {
            assertThat(dueMonday14July.timelinessOf(local("2025-07-15T00:00").toInstant())).isEqualTo(Timeliness.LATE);
        }

        @Test
        void theDateIsTheProvincesNotUtcs() {
            // 17:30 UTC on the 14th is 00:30 on the 15th in Vietnam
            clock.set("2025-07-14T17:30:00Z");

            assertThat(dueMonday14July.timelinessOf(clock.instant())).isEqualTo(Timeliness.LATE);
        }

        @Test
        void aDossierIsOverdueOnlyOnceTheDueTimeHasPassed() {
            assertThat(dueMonday14July.isOverdueAt(local("2025-07-14T17:00").toInstant())).isFalse();
            assertThat(dueMonday14July.isOverdueAt(local("2025-07-14T17:00").toInstant().plusSeconds(1))).isTrue();
        }

        @Test
        void aWorkingHoursDossierResolvedAfterItsDueTimeButOnItsDueDateIsOnTime() {
            Deadline deadline = receivedAt("2025-07-08T10:30", ProcessingTime.workingHours(2));
            assertThat(deadline.dueAt()).isEqualTo(local("2025-07-08T14:30"));

            assertThat(deadline.timelinessOf(local("2025-07-08T16:00").toInstant())).isEqualTo(Timeliness.ON_TIME);
        }
    }
}
