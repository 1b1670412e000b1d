package vn.motcua.reporting.application;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.rules.Refusal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues and checks the one-minute tickets that open the live feed. A browser's EventSource cannot send
 * an Authorization header, so a caller with a bearer token trades it for a ticket that travels in the
 * stream's URL. A ticket is 256 random bits; only its SHA-256 hash is stored, in the database so that any
 * replica accepts it. It may be used again until it expires, because EventSource reconnects to the same
 * URL after a dropped connection; after that, the dashboard asks for a new one.
 */
@ApplicationScoped
public class StreamTickets {

    private static final Pattern UNIT_CODE = Pattern.compile("\\d{2}|\\d{5}");
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(10);

    private final SecureRandom random = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    LiveFeedConfig config;

    /**
     * A ticket for the caller's scope: an officer's is for their own unit (asking for another is 403);
     * an analyst's or province admin's is for the requested unit, or for the province when none is named.
     */
    @Transactional
    public IssuedTicket issue(String requestedUnit) {
        String unit = unitCode(requestedUnit);
        if (!caller.seesWholeProvince()) {
            String own = caller.unitCode()
                    .orElseThrow(() -> Refusal.notAllowed("An officer's token must name their unit."));
            if (unit != null && !unit.equals(own)) {
                throw Refusal.notAllowed("An officer follows the live counters of their own unit (" + own + ") only.");
            }
            unit = own;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        StreamTicket grant = new StreamTicket(caller.subject(), unit, now.plus(config.ticketTtl()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO report_stream_ticket (ticket_hash, subject, unit_code, expires_at, created_at)
                     VALUES (?, ?, ?, ?, ?)""")) {
            insert.setBytes(1, hash(ticket));
            insert.setString(2, grant.subject());
            insert.setString(3, grant.unit());
            insert.setTimestamp(4, Timestamp.from(grant.expiresAt()));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the ticket could not be stored", e);
        }
        return new IssuedTicket(ticket, grant);
    }

    /** The unit code asked for, or null when none is: 400 unless it is one. */
    public static String unitCode(String requested) {
        String unit = requested == null || requested.isBlank() ? null : requested.strip();
        if (unit != null && !UNIT_CODE.matcher(unit).matches()) {
            throw Refusal.invalid("unit", "must be a unit code: 2 digits for the province, 5 for a commune");
        }
        return unit;
    }

    /** What the ticket grants, if it was issued and has not expired. */
    public Optional<StreamTicket> redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT subject, unit_code, expires_at FROM report_stream_ticket WHERE ticket_hash = ?")) {
            select.setBytes(1, hash(ticket.strip()));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                StreamTicket grant = new StreamTicket(row.getString("subject"), row.getString("unit_code"),
                        row.getTimestamp("expires_at").toInstant());
                return clock.instant().isBefore(grant.expiresAt()) ? Optional.of(grant) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the ticket could not be read", e);
        }
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredTickets() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM report_stream_ticket WHERE expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT_AFTER_EXPIRY)));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("expired tickets could not be deleted", e);
        }
    }

    private static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
