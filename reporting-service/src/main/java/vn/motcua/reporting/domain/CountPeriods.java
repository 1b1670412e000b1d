package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which pre-aggregated rows a report over {@code from..to} needs. Counts are kept per local day, month and
 * year; a report sums the period itself and everything before it (what was carried over), and the two
 * together are everything up to {@code to} (what is still open then). Each part is covered by the fewest
 * rows: whole years, then whole months, then days, so a report reads one row per year of history before
 * the year of {@code from}, and at most 11 month and 30 day rows at each end of a part, per group, however
 * many dossiers there are. A row belongs to the period exactly when its first day is not before {@code from}.
 */
public record CountPeriods(LocalDate from, LocalDate to) {

    /** How long a row of counts is, as stored in {@code report_counts.kind}. */
    public enum Kind {
        DAY('D'),
        MONTH('M'),
        YEAR('Y');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        LocalDate next(LocalDate period) {
            return switch (this) {
                case DAY -> period.plusDays(1);
                case MONTH -> period.plusMonths(1);
                case YEAR -> period.plusYears(1);
            };
        }
    }

    /** The rows of one kind whose periods begin from {@code first} (empty: from the earliest) to {@code last}. */
    public record Span(Kind kind, Optional<LocalDate> first, LocalDate last) {
    }

    public CountPeriods {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
    }

    /** The rows that make up every day up to {@code to}: those before {@code from}, then those of the period. */
    public List<Span> spans() {
        LocalDate fromYear = from.withDayOfYear(1);
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(Kind.YEAR, Optional.empty(), fromYear.minusYears(1)));
        cover(fromYear, from.minusDays(1), spans);
        cover(from, to, spans);
        return spans;
    }

    /** Adds the coarsest rows that exactly cover {@code first..last} (nothing when it is empty). */
    private static void cover(LocalDate first, LocalDate last, List<Span> spans) {
        LocalDate day = first;
        while (!day.isAfter(last)) {
            Kind kind = day.getDayOfYear() == 1 && !day.plusYears(1).isAfter(last.plusDays(1)) ? Kind.YEAR
                    : day.getDayOfMonth() == 1 && !day.plusMonths(1).isAfter(last.plusDays(1)) ? Kind.MONTH
                    : Kind.DAY;
            Span previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && previous.kind() == kind && kind.next(previous.last()).equals(day)) {
                spans.set(spans.size() - 1, new Span(kind, previous.first(), day));
            } else {
                spans.add(new Span(kind, Optional.of(day), day));
            }
            day = kind.next(day);
        }
    }
}
