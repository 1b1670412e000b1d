package vn.motcua.dossier.domain.calendar;

/**
 * A rule a year's schedule breaks, naming the entry the way the schedule lists it
 * ({@code holidays[2].date}, {@code makeUpWorkingDays[0].date}).
 */
public record ScheduleProblem(String field, String message) {
}
