package vn.motcua.dossier.domain.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): the lunar year (named by the solar year in which
 * its first month begins), the month 1-12, whether it is the leap repeat of that month (tháng nhuận),
 * and the day 1-30.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a lunar month is from 1 to 12, not " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("a lunar day is from 1 to 30, not " + day);
        }
    }

    /** A day of an ordinary (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year + " âm lịch";
    }
}
