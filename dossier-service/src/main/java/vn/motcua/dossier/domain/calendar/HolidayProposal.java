package vn.motcua.dossier.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proposes a year's public holidays (Labor Code 2019, art. 112) when the province has not stored that
 * year: the defaults a province admin starts from, and what due dates use for a year nobody entered.
 *
 * <ul>
 *   <li>1 January; 30 April; 1 May; 2 September: fixed by law.</li>
 *   <li>Tết Nguyên đán, 5 days: from two days before mùng 1 to mùng 3, i.e. the last two days of the old
 *   year and the first three of the new. The law leaves the days to the Prime Minister; this is the
 *   window every decision from 2018 to 2026 amounts to once weekend days are compensated (2025: 27-31
 *   January; 2026: 15-19 February with Sunday the 15th compensated on Friday the 20th, i.e. the
 *   announced 16-20 February).</li>
 *   <li>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month.</li>
 *   <li>The day adjacent to 2 September: the one that is a working day and makes the longer break
 *   with the weekend, 1 September when that does not decide (2021: Friday 3rd; 2022-2025: the 1st).</li>
 *   <li>Compensatory days: each holiday that falls on a weekly day off gives a day off on the next
 *   working day that is not itself a holiday, in date order (Tết 2024: Saturday and Sunday gave
 *   Tuesday and Wednesday, since Monday was a Tết day already).</li>
 * </ul>
 * Swaps (a bridge day off against a make-up Saturday) are decided year by year and never proposed.
 */
public final class HolidayProposal {

    private static final LunarCalendar LUNAR = LunarCalendar.vietnamese();
    private static final String[] WEEKDAY_NAMES = {
        "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};

    private HolidayProposal() {
    }

    /** Whether a year can be proposed: the lunar helper covers 1900 to 2100. */
    public static boolean supports(int year) {
        return year >= LunarCalendar.FIRST_YEAR && year <= LunarCalendar.LAST_YEAR;
    }

    /** The proposed schedule of a year; weekly days off (for compensatory days) come from the working week. */
    public static HolidaySchedule forYear(int year, WorkingWeek week) {
        if (!supports(year)) {
            throw new IllegalArgumentException("holidays can be proposed for " + LunarCalendar.FIRST_YEAR + " to "
                    + LunarCalendar.LAST_YEAR + ", not " + year);
        }
        Map<LocalDate, CalendarDay> holidays = new TreeMap<>();
        add(holidays, CalendarDay.certain(LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch"));
        addLunarNewYear(holidays, year);
        add(holidays, CalendarDay.certain(LUNAR.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        add(holidays, CalendarDay.certain(LocalDate.of(year, Month.APRIL, 30), "Ngày Giải phóng miền Nam"));
        add(holidays, CalendarDay.certain(LocalDate.of(year, Month.MAY, 1), "Quốc tế Lao động"));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        add(holidays, CalendarDay.certain(nationalDay, "Quốc khánh"));
        add(holidays, new CalendarDay(dayAdjacentToNationalDay(nationalDay, holidays, week),
                "Quốc khánh (ngày liền kề)", Confidence.MEDIUM));
        addCompensatoryDays(holidays, week);
        return HolidaySchedule.of(year, List.copyOf(holidays.values()), List.of(), week);
    }

    private static void addLunarNewYear(Map<LocalDate, CalendarDay> holidays, int year) {
        LocalDate firstDay = LUNAR.lunarNewYear(year);
        for (int offset = -2; offset <= 2; offset++) {
            LocalDate date = firstDay.plusDays(offset);
            LunarDate lunar = LUNAR.toLunar(date);
            String lunarName = lunar.month() == 1 ? "mùng " + lunar.day() : lunar.day() + " tháng Chạp";
            add(holidays, new CalendarDay(date, "Tết Nguyên đán (" + lunarName + ")",
                    offset == 0 ? Confidence.CERTAIN : Confidence.MEDIUM));
        }
    }

    private static LocalDate dayAdjacentToNationalDay(LocalDate nationalDay, Map<LocalDate, CalendarDay> holidays, WorkingWeek week) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        boolean beforeWorked = week.works(before.getDayOfWeek());
        boolean afterWorked = week.works(after.getDayOfWeek());
        if (beforeWorked != afterWorked) {
            return beforeWorked ? before : after;
        }
        return breakLength(nationalDay, after, holidays, week) > breakLength(nationalDay, before, holidays, week) ? after : before;
    }

    /** How many consecutive days off the holiday would be part of if {@code extra} were a holiday too. */
    private static int breakLength(LocalDate holiday, LocalDate extra, Map<LocalDate, CalendarDay> holidays, WorkingWeek week) {
        int length = 1;
        for (LocalDate day = holiday.minusDays(1); isOff(day, extra, holidays, week); day = day.minusDays(1)) {
            length++;
        }
        for (LocalDate day = holiday.plusDays(1); isOff(day, extra, holidays, week); day = day.plusDays(1)) {
            length++;
        }
        return length;
    }

    private static boolean isOff(LocalDate day, LocalDate extra, Map<LocalDate, CalendarDay> holidays, WorkingWeek week) {
        return day.equals(extra) || holidays.containsKey(day) || !week.works(day.getDayOfWeek());
    }

    private static void addCompensatoryDays(Map<LocalDate, CalendarDay> holidays, WorkingWeek week) {
        for (CalendarDay holiday : new ArrayList<>(holidays.values())) {
            DayOfWeek weekday = holiday.date().getDayOfWeek();
            if (week.works(weekday)) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (!week.works(day.getDayOfWeek()) || holidays.containsKey(day)) {
                day = day.plusDays(1);
            }
            if (day.getYear() == holiday.date().getYear()) {
                String when = String.format("%02d/%02d", holiday.date().getDayOfMonth(), holiday.date().getMonthValue());
                holidays.put(day, new CalendarDay(day, "Nghỉ bù " + holiday.name() + " rơi vào "
                        + WEEKDAY_NAMES[weekday.ordinal()] + " " + when, Confidence.HIGH));
            }
        }
    }

    /** Two holidays by law on one date (Hùng Kings' day can meet 30 April) stay one day off, named for both. */
    private static void add(Map<LocalDate, CalendarDay> holidays, CalendarDay day) {
        holidays.merge(day.date(), day, (earlier, later) -> new CalendarDay(earlier.date(),
                earlier.name() + "; " + later.name(),
                earlier.confidence().compareTo(later.confidence()) <= 0 ? earlier.confidence() : later.confidence()));
    }
}
