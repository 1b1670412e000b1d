package vn.motcua.dossier.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.dossier.domain.calendar.CalendarDay;
import vn.motcua.dossier.domain.calendar.Confidence;
import vn.motcua.dossier.domain.calendar.HolidaySchedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the best-known holidays of the years in the seed file at start, for each year not stored yet:
 * a year a province admin has written (or an earlier start has seeded) is never overwritten, and two
 * replicas starting together seed it once. The file is a copy of ../shared/holidays-2025-2026.json.
 */
@ApplicationScoped
public class CalendarSeeder {

    static final String SEED_FILE = "calendar/holidays-2025-2026.json";
    public static final String SEED_ACTOR = "system:seed";

    private static final Logger LOG = Logger.getLogger(CalendarSeeder.class);

    /** The seed file's shape. */
    public record SeedFile(String about, Map<Integer, SeedYear> years) {
    }

    /** One year of the seed file. */
    public record SeedYear(List<SeedDay> holidays, List<SeedDay> makeUpWorkingDays) {
    }

    /** One day of the seed file; confidence is written in lower case there. */
    public record SeedDay(LocalDate date, String name, String confidence) {

        CalendarDay toDay() {
            return new CalendarDay(date, name, Confidence.valueOf(confidence.toUpperCase(Locale.ROOT)));
        }
    }

    @Inject
    CalendarService calendars;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent start) {
        seed();
    }

    /** Seeds the years of the file that are not stored; answers the years it stored. */
    public List<Integer> seed() {
        List<Integer> seeded = new ArrayList<>();
        for (Map.Entry<Integer, SeedYear> entry : new TreeMap<>(read().years()).entrySet()) {
            int year = entry.getKey();
            HolidaySchedule schedule = HolidaySchedule.of(year, days(entry.getValue().holidays()),
                    days(entry.getValue().makeUpWorkingDays()), calendars.workingWeek());
            if (calendars.seedIfAbsent(schedule, SEED_ACTOR)) {
                seeded.add(year);
                LOG.infof("Seeded the working calendar of %d from %s", year, SEED_FILE);
            }
        }
        return seeded;
    }

    private SeedFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the calendar seed " + SEED_FILE + " is missing from the classpath");
            }
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the calendar seed " + SEED_FILE, e);
        }
    }

    private static List<CalendarDay> days(List<SeedDay> days) {
        return days == null ? List.of() : days.stream().map(SeedDay::toDay).toList();
    }
}
