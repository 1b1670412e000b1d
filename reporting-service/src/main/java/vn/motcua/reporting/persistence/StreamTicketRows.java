package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.StreamTicket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The table {@code report_stream_ticket}: the live feed's tickets, by the SHA-256 hash of each. */
@ApplicationScoped
public class StreamTicketRows {

    @Inject
    AgroalDataSource dataSource;

    public void insert(byte[] hash, StreamTicket grant, Instant createdAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO report_stream_ticket (ticket_hash, subject, unit_code, expires_at, created_at)
                     VALUES (?, ?, ?, ?, ?)""")) {
            insert.setBytes(1, hash);
            insert.setString(2, grant.subject());
            insert.setString(3, grant.unit());
            insert.setTimestamp(4, Timestamp.from(grant.expiresAt()));
            insert.setTimestamp(5, Timestamp.from(createdAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the ticket could not be stored", e);
        }
    }

    /** What the ticket with this hash grants, expired or not. */
    public Optional<StreamTicket> find(byte[] hash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT subject, unit_code, expires_at FROM report_stream_ticket WHERE ticket_hash = ?")) {
            select.setBytes(1, hash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StreamTicket(row.getString("subject"), row.getString("unit_code"),
                        row.getTimestamp("expires_at").toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the ticket could not be read", e);
        }
    }

    public void deleteExpiredBefore(Instant instant) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM report_stream_ticket WHERE expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(instant));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("expired tickets could not be deleted", e);
        }
    }
}
