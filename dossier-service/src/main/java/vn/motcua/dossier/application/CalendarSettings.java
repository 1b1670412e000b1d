package vn.motcua.dossier.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import vn.motcua.dossier.domain.calendar.WorkingPeriod;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The province's working week and hours (docs/configuration.md): DOMAIN.md leaves both to the
 * province, so they are configuration, not constants.
 */
@ConfigMapping(prefix = "motcua.calendar")
public interface CalendarSettings {

    /** The days worked in full, e.g. {@code MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}. */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workingDays();

    /** Whether Saturday mornings are worked too (the morning period only). */
    @WithDefault("false")
    boolean saturdayMorning();

    /** The morning working period, {@code HH:mm-HH:mm}. */
    @WithDefault("07:30-11:30")
    @WithConverter(WorkingPeriodConverter.class)
    WorkingPeriod morning();

    /** The afternoon working period, {@code HH:mm-HH:mm}. */
    @WithDefault("13:30-17:00")
    @WithConverter(WorkingPeriodConverter.class)
    WorkingPeriod afternoon();
}
