package vn.motcua.dossier.domain.deadline;

import vn.motcua.dossier.domain.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The rules of DOMAIN.md, "Counting time", that fix a dossier's due time on a working calendar:
 * when the clock starts, when each kind of processing time ends, and how a pause moves the due time.
 */
public final class DueTimePolicy {

    private final WorkingCalendar calendar;

    public DueTimePolicy(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The clock starts at receipt; outside working hours, at the start of the next working period. */
    public ZonedDateTime clockStartFor(Instant receivedAt) {
        return calendar.nextWorkingInstant(receivedAt);
    }

    /** The deadline fixed when a dossier is received. */
    public Deadline deadlineAtReceipt(ProcessingTime processingTime, Instant receivedAt) {
        ZonedDateTime clockStart = clockStartFor(receivedAt);
        ZonedDateTime due = switch (processingTime.unit()) {
            case WORKING_DAYS -> dueAfterWorkingDays(clockStart, processingTime.amount());
            case WORKING_HOURS -> dueAfterWorkingHours(clockStart, processingTime.amount());
            case SAME_DAY -> dueSameDay(clockStart, processingTime);
        };
        return new Deadline(clockStart, due, Duration.ZERO);
    }

    /**
     * Time in a paused status (supplement requested, awaiting payment, suspended) does not count: on
     * resuming, the due time moves forward by the working time that passed while paused, counted on
     * the calendar as it is at the resume.
     */
    public Deadline afterPause(Deadline deadline, Instant pausedAt, Instant resumedAt) {
        Duration paused = calendar.workingTimeBetween(pausedAt, resumedAt);
        ZonedDateTime due = calendar.plusWorkingTime(deadline.dueAt().toInstant(), paused);
        return new Deadline(deadline.clockStartedAt(), due, deadline.pausedWorkingTime().plus(paused));
    }

    /** Working days: the Nth working day after the day the clock starts, at the end of its working hours. */
    private ZonedDateTime dueAfterWorkingDays(ZonedDateTime clockStart, int days) {
        return calendar.endOfWorkingDay(calendar.workingDayAfter(clockStart.toLocalDate(), days));
    }

    /** Working hours: the instant N hours of working time after the clock starts. */
    private ZonedDateTime dueAfterWorkingHours(ZonedDateTime clockStart, int hours) {
        return calendar.plusWorkingTime(clockStart.toInstant(), Duration.ofHours(hours));
    }

    /**
     * Same day: the clock starting before the cut-off → the end of that working day; at or after the
     * cut-off → the end of the next working day. The clock start, not the receipt, is compared, so a
     * dossier accepted at night counts from the next morning.
     */
    private ZonedDateTime dueSameDay(ZonedDateTime clockStart, ProcessingTime processingTime) {
        LocalDate day = clockStart.toLocalDate();
        boolean beforeCutoff = clockStart.toLocalTime().isBefore(processingTime.sameDayCutoff().orElseThrow());
        return calendar.endOfWorkingDay(beforeCutoff ? day : calendar.nextWorkingDayAfter(day));
    }
}
