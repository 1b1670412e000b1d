package vn.motcua.dossier.domain;

import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.Confidence;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;
import vn.motcua.dossier.domain.calendar.WorkingCalendar;
import vn.motcua.dossier.domain.calendar.WorkingWeek;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The working calendars the rulebook reads: 2025 and 2026 as in the shared seed file
 * (../shared/holidays-2025-2026.json), other years as proposed.
 */
public final class SeededCalendars {

    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private SeededCalendars() {
    }

    /** Monday to Friday, 07:30-11:30 and 13:30-17:00. */
    public static WorkingCalendar standard() {
        return of(WorkingWeek.standard());
    }

    /** The same, with Saturday mornings worked. */
    public static WorkingCalendar withSaturdayMornings() {
        return of(WorkingWeek.standard().withSaturdayMornings());
    }

    public static WorkingCalendar of(WorkingWeek week) {
        return WorkingCalendar.withProposals(PROVINCE, week, List.of(year2025(week), year2026(week)));
    }

    public static HolidaySchedule year2025(WorkingWeek week) {
        return HolidaySchedule.of(2025, List.of(
                day("2025-01-01", "Tết Dương lịch"),
                day("2025-01-27", "Tết Nguyên đán"),
                day("2025-01-28", "Tết Nguyên đán"),
                day("2025-01-29", "Tết Nguyên đán (mùng 1)"),
                day("2025-01-30", "Tết Nguyên đán"),
                day("2025-01-31", "Tết Nguyên đán"),
                day("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                day("2025-04-30", "Ngày Giải phóng miền Nam"),
                day("2025-05-01", "Quốc tế Lao động"),
                day("2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
                day("2025-09-01", "Quốc khánh (ngày liền kề)"),
                day("2025-09-02", "Quốc khánh")),
                List.of(day("2025-04-26", "Làm bù cho ngày 2/5")),
                week);
    }

    public static HolidaySchedule year2026(WorkingWeek week) {
        return HolidaySchedule.of(2026, List.of(
                day("2026-01-01", "Tết Dương lịch"),
                day("2026-02-16", "Tết Nguyên đán"),
                day("2026-02-17", "Tết Nguyên đán (mùng 1)"),
                day("2026-02-18", "Tết Nguyên đán"),
                day("2026-02-19", "Tết Nguyên đán"),
                day("2026-02-20", "Tết Nguyên đán"),
                day("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)"),
                day("2026-04-30", "Ngày Giải phóng miền Nam"),
                day("2026-05-01", "Quốc tế Lao động"),
                day("2026-09-01", "Quốc khánh (ngày liền kề; có thể là 3/9)"),
                day("2026-09-02", "Quốc khánh")),
                List.of(),
                week);
    }

    private static CalendarDay day(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), name, Confidence.HIGH);
    }
}
