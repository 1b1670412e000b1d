package vn.motcua.dossier.domain.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar, computed astronomically at UTC+7: a month begins on the local date
 * of a new moon, month 11 is the one holding the winter solstice, and in a year of 13 months the first
 * month without a major solar term is the leap month. It proposes the lunar holidays (Tết, Hùng Kings'
 * day) of any year from 1900 to 2100; the stored calendar, not this class, is the authority.
 *
 * <p>Computing at UTC+8, as the Chinese calendar does, puts some new moons on the next local date and
 * gives another Tết in some years (1968, 1985, 2007): the meridian is part of the rule, so it is a
 * parameter here, and only {@link #vietnamese()} is used for holidays. Vietnam itself computed at 120°E
 * before 1968; this helper applies UTC+7 to every year, which is what proposals for today's calendars need.
 *
 * <p>The new-moon and solar-longitude series are the low-precision ones from J. Meeus' astronomical
 * formulae (errors of minutes, enough to place a new moon on the right local date in this range).
 */
public final class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /** Mean length of a lunation, in days. */
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the mean new moon that numbers lunations: k = 0 on 1900-01-01 (UT). */
    private static final double LUNATION_ZERO = 2415020.75933;
    /** Julian day number of 1970-01-01, to meet {@link LocalDate#toEpochDay()}. */
    private static final long JDN_OF_EPOCH_DAY_ZERO = 2440588;
    /** Sector of the solar longitude (in 30° steps) that the winter solstice opens: 270°. */
    private static final int WINTER_SOLSTICE_SECTOR = 9;
    private static final double RADIANS = Math.PI / 180;

    private final double zoneHours;

    private LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    /** The calendar Vietnam uses, computed at UTC+7. */
    public static LunarCalendar vietnamese() {
        return new LunarCalendar(7);
    }

    /** The same rules at another meridian, e.g. UTC+8 for the Chinese calendar (to compare, never for holidays). */
    public static LunarCalendar atUtcOffsetHours(int hours) {
        return new LunarCalendar(hours);
    }

    /** Tết Nguyên đán: the first day of the first lunar month of {@code year}. */
    public LocalDate lunarNewYear(int year) {
        requireSupported(year);
        return toSolar(LunarDate.of(year, 1, 1));
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of {@code year}. */
    public LocalDate hungKingsDay(int year) {
        requireSupported(year);
        return toSolar(LunarDate.of(year, 3, 10));
    }

    /** The solar date of a lunar date; refuses a leap month the year does not have and a 30th in a 29-day month. */
    public LocalDate toSolar(LunarDate lunar) {
        // months 11 and 12 belong to the lunar year that began before them; months 1-10 follow the previous month 11
        int yearOfMonth11 = lunar.month() >= 11 ? lunar.year() : lunar.year() - 1;
        long month11 = month11Lunation(yearOfMonth11);
        long nextMonth11 = month11Lunation(yearOfMonth11 + 1);
        int offset = Math.floorMod(lunar.month() - 11, 12);
        if (nextMonth11 - month11 == 13) {
            int leapOffset = leapMonthOffset(month11);
            int leapMonth = monthNumberAt(leapOffset - 1);
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month " + lunar.month()
                        + " (its leap month is " + leapMonth + ")");
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset++;
            }
        } else if (lunar.leapMonth()) {
            throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(month11 + offset);
        long monthLength = newMoonDay(month11 + offset + 1) - monthStart;
        if (lunar.day() > monthLength) {
            throw new IllegalArgumentException("lunar month " + lunar.month() + " of " + lunar.year()
                    + " has " + monthLength + " days, not " + lunar.day());
        }
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    /** The lunar date of a solar date. */
    public LunarDate toLunar(LocalDate date) {
        long day = julianDay(date);
        long lunation = (long) Math.floor((day - LUNATION_ZERO) / SYNODIC_MONTH);
        // the estimate can be one lunation off either way near a new moon
        while (newMoonDay(lunation + 1) <= day) {
            lunation++;
        }
        while (newMoonDay(lunation) > day) {
            lunation--;
        }
        int yearOfMonth11 = date.getYear();
        long month11 = month11Lunation(yearOfMonth11);
        if (month11 > lunation) {
            yearOfMonth11--;
            month11 = month11Lunation(yearOfMonth11);
        }
        long nextMonth11 = month11Lunation(yearOfMonth11 + 1);
        int offset = (int) (lunation - month11);
        boolean leap = false;
        if (nextMonth11 - month11 == 13) {
            int leapOffset = leapMonthOffset(month11);
            if (offset >= leapOffset) {
                leap = offset == leapOffset;
                offset--;
            }
        }
        int month = monthNumberAt(offset);
        int year = month >= 11 ? yearOfMonth11 : yearOfMonth11 + 1;
        return new LunarDate(year, month, (int) (day - newMoonDay(lunation)) + 1, leap);
    }

    /** The month number at an offset from month 11 in a year without leap month: 0 → 11, 1 → 12, 2 → 1... */
    private static int monthNumberAt(int offset) {
        return Math.floorMod(offset + 10, 12) + 1;
    }

    /** The lunation whose month holds the winter solstice of {@code year} (tháng 11 âm lịch). */
    private long month11Lunation(int year) {
        long lastDay = julianDay(LocalDate.of(year, 12, 31));
        long lunation = (long) Math.floor((lastDay - LUNATION_ZERO) / SYNODIC_MONTH);
        while (newMoonDay(lunation) > lastDay) {
            lunation--;
        }
        // this month starts in December: if the sun has already passed 270° then, the solstice fell in the month before
        return solarSector(newMoonDay(lunation)) >= WINTER_SOLSTICE_SECTOR ? lunation - 1 : lunation;
    }

    /**
     * In a 13-month year starting at the month-11 lunation, the offset of the leap month: the first month
     * after month 11 in which the sun enters no new 30° sector (no major solar term, trung khí).
     */
    private int leapMonthOffset(long month11) {
        int offset = 1;
        int sector = solarSector(newMoonDay(month11 + 1));
        while (offset < 13) {
            int next = solarSector(newMoonDay(month11 + offset + 1));
            if (next == sector) {
                return offset;
            }
            sector = next;
            offset++;
        }
        throw new IllegalStateException("no month without a major solar term after lunation " + month11);
    }

    /** The local Julian day number on which the k-th new moon after 1900-01-01 falls. */
    private long newMoonDay(long lunation) {
        return (long) Math.floor(newMoonJulianDate(lunation) + 0.5 + zoneHours / 24);
    }

    /** The sector (0-11, 30° each) of the sun's apparent longitude at local midnight starting the day. */
    private int solarSector(long julianDay) {
        double longitude = solarLongitudeDegrees(julianDay - 0.5 - zoneHours / 24);
        return (int) Math.floor(longitude / 30);
    }

    /** Julian date (UT) of the true new moon of lunation k: mean phase plus the main periodic terms. */
    private static double newMoonJulianDate(long lunation) {
        double k = lunation;
        double t = k / 1236.85; // Julian centuries since 1900
        double t2 = t * t;
        double t3 = t2 * t;
        double meanPhase = LUNATION_ZERO + SYNODIC_MONTH * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly)
                + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly)
                + 0.0161 * sin(2 * moonAnomaly)
                - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * moonLatitude)
                - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly)
                + 0.0004 * sin(2 * moonLatitude + sunAnomaly)
                - 0.0004 * sin(2 * moonLatitude - sunAnomaly)
                - 0.0006 * sin(2 * moonLatitude + moonAnomaly)
                + 0.0010 * sin(2 * moonLatitude - moonAnomaly)
                + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        // the series gives dynamical time; ΔT (TT - UT) is a fraction of a day in this range
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return meanPhase + correction - deltaT;
    }

    /** The sun's apparent longitude in degrees [0, 360) at a Julian date (UT), with the equation of centre. */
    private static double solarLongitudeDegrees(double julianDate) {
        double t = (julianDate - 2451545.0) / 36525; // Julian centuries since J2000
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000290 * sin(3 * meanAnomaly);
        return floorMod(meanLongitude + centre, 360);
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RADIANS);
    }

    private static double floorMod(double value, double modulus) {
        return value - modulus * Math.floor(value / modulus);
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_ZERO;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JDN_OF_EPOCH_DAY_ZERO);
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the lunar calendar helper covers " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", not " + year);
        }
    }
}
