package vn.motcua.platform.messaging.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** The consumers' records of what they applied, written in the handler's transaction. */
@ApplicationScoped
public class InboxStore {

    @Inject
    AgroalDataSource dataSource;

    /** Records the event id; false if this consumer recorded it before. */
    boolean firstDelivery(String consumer, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO messaging_inbox (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the inbox could not be written", e);
        }
    }

    /** Moves the key's last applied number forward; false if the number is not above it. */
    boolean advance(String consumer, String topic, String key, long sequence) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO messaging_key_sequence AS applied (consumer, topic, message_key, last_sequence)
                     VALUES (?, ?, ?, ?)
                     ON CONFLICT (consumer, topic, message_key)
                     DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                     WHERE applied.last_sequence < EXCLUDED.last_sequence""")) {
            upsert.setString(1, consumer);
            upsert.setString(2, topic);
            upsert.setString(3, key);
            upsert.setLong(4, sequence);
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the key sequences could not be written", e);
        }
    }
}
