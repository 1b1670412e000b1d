package vn.motcua.platform.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The service's table of idempotency keys. Every call joins the caller's JTA transaction, so a key
 * is claimed, answered and committed together with the change it answers, or not at all.
 */
@ApplicationScoped
class IdempotencyStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /**
     * Claims the key for this request. Returns empty when the claim succeeded; otherwise the record a
     * committed earlier request left. A concurrent request holding the same key makes this wait for
     * its transaction: its record appears if it commits, the claim succeeds if it rolls back.
     */
    Optional<IdempotencyRecord> claim(String caller, String key, String method, String path, String hash, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO http_idempotency_key
                        (caller, idempotency_key, request_method, request_path, request_hash, response_status, created_at)
                    VALUES (?, ?, ?, ?, ?, 0, ?)
                    ON CONFLICT (caller, idempotency_key) DO NOTHING""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, method);
                insert.setString(4, path);
                insert.setString(5, hash);
                insert.setTimestamp(6, Timestamp.from(now));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            return Optional.of(read(connection, caller, key)
                    .orElseThrow(() -> new IllegalStateException("an idempotency key vanished between claim and read")));
        } catch (SQLException e) {
            throw new IllegalStateException("the idempotency key table could not be read or written", e);
        }
    }

    /**
     * The answer a committed request left under the key, read outside any transaction before a use
     * case runs; empty when the key is new (or only claimed by a request still running).
     */
    Optional<IdempotencyRecord> find(String caller, String key) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, caller, key);
        } catch (SQLException e) {
            throw new IllegalStateException("the idempotency key table could not be read", e);
        }
    }

    private Optional<IdempotencyRecord> read(Connection connection, String caller, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request_method, request_path, request_hash, response_status, response_type,
                       response_headers::text, response_body
                  FROM http_idempotency_key WHERE caller = ? AND idempotency_key = ?""")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                StoredResponse response = new StoredResponse(row.getInt(4), row.getString(5),
                        json.readValue(row.getString(6), HEADERS), row.getString(7));
                return Optional.of(new IdempotencyRecord(row.getString(1), row.getString(2), row.getString(3), response));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored idempotent response could not be read", e);
        }
    }

    /** Records the response to a claimed key, in the same transaction as the claim. */
    void answer(String caller, String key, StoredResponse response) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE http_idempotency_key
                        SET response_status = ?, response_type = ?, response_headers = ?::jsonb, response_body = ?
                      WHERE caller = ? AND idempotency_key = ?""")) {
            update.setInt(1, response.status());
            update.setString(2, response.mediaType());
            update.setString(3, json.writeValueAsString(response.headers()));
            update.setString(4, response.body());
            update.setString(5, caller);
            update.setString(6, key);
            update.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the idempotency key table could not be written", e);
        }
    }

    /** Forgets keys older than the retention; returns how many. */
    int purgeOlderThan(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM http_idempotency_key WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("expired idempotency keys could not be deleted", e);
        }
    }
}
