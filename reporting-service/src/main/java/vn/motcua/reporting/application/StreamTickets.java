package vn.motcua.reporting.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.reporting.domain.StreamTicket;
import vn.motcua.reporting.persistence.StreamTicketRows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
    StreamTicketRows rows;

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
        rows.insert(hash(ticket), grant, now);
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
        return rows.find(hash(ticket.strip())).filter(grant -> clock.instant().isBefore(grant.expiresAt()));
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredTickets() {
        rows.deleteExpiredBefore(clock.instant().minus(KEPT_AFTER_EXPIRY));
    }

    private static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
