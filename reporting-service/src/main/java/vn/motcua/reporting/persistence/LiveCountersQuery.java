package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.domain.LiveCounters;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Counts a scope's live counters in one query over the dossier read model. It reads only today's rows
 * and the open dossiers (each arm of the WHERE has an index), not the scope's whole history, because it
 * runs after every burst of changes for every scope a dashboard watches.
 */
@ApplicationScoped
public class LiveCountersQuery {

    private static final String COUNTS = """
            SELECT nextval('report_stream_event_id') AS id, c.* FROM (
                SELECT count(*) FILTER (WHERE received_date = ?) AS received,
                       count(*) FILTER (WHERE resolved_date = ? AND timeliness = 'EARLY') AS early,
                       count(*) FILTER (WHERE resolved_date = ? AND timeliness = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE resolved_date = ? AND timeliness = 'LATE') AS late,
                       count(*) FILTER (WHERE refused_date = ?) AS refused,
                       count(*) FILTER (WHERE withdrawn_date = ?) AS withdrawn,
                       count(*) FILTER (WHERE received_date <= ? AND resolved_date IS NULL AND withdrawn_date IS NULL
                                        AND due_at >= ?) AS not_yet_due,
                       count(*) FILTER (WHERE received_date <= ? AND resolved_date IS NULL AND withdrawn_date IS NULL
                                        AND due_at < ?) AS overdue
                  FROM report_dossier d
                 WHERE (received_date = ? OR resolved_date = ? OR refused_date = ? OR withdrawn_date = ?
                        OR (resolved_date IS NULL AND withdrawn_date IS NULL))
                   %s
            ) c""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** The counters of a unit, or of the province when {@code unit} is null, as of now. */
    public LiveSnapshot count(String unit) {
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(ClockProducer.PROVINCE_ZONE).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        Date day = Date.valueOf(today);
        Timestamp instant = Timestamp.from(now.toInstant());
        String sql = COUNTS.formatted(unit == null ? "" : "AND d.competent_unit_code = ?");
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            Object[] parameters = {day, day, day, day, day, day, day, instant, day, instant, day, day, day, day};
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            if (unit != null) {
                query.setString(parameters.length + 1, unit);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new LiveSnapshot(row.getLong("id"), LiveCounters.of(unit, today, now, row.getLong("received"),
                        row.getLong("early"), row.getLong("on_time"), row.getLong("late"), row.getLong("refused"),
                        row.getLong("withdrawn"), row.getLong("not_yet_due"), row.getLong("overdue")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the live counters could not be counted", e);
        }
    }
}
