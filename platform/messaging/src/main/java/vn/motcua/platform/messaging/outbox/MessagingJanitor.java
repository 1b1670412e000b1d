package vn.motcua.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.platform.messaging.MessagingConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/** Deletes outbox rows sent long ago and inbox entries past their retention, so both tables stay small. */
@ApplicationScoped
public class MessagingJanitor {

    private static final Logger LOG = Logger.getLogger(MessagingJanitor.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessagingConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${motcua.messaging.purge-every:1h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        delete("DELETE FROM messaging_outbox WHERE sent_at < ?", Timestamp.from(clock.instant().minus(config.relay().sentRetention())));
        delete("DELETE FROM messaging_inbox WHERE received_at < ?", Timestamp.from(clock.instant().minus(config.consumers().inboxRetention())));
    }

    private void delete(String sql, Timestamp cutoff) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, cutoff);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Messaging tables could not be purged (%s)", e.getSQLState());
        }
    }
}
