package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.motcua.dossier.persistence.ReadAuditRows;
import vn.motcua.dossier.persistence.ReadAuditRows.AuditRow;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The audit of reads (Decree 13/2023/NĐ-CP): every request by an official (an officer or a province admin)
 * that returns a dossier's personal data or files leaves one row before the answer goes out, in its own
 * short transaction, so that no read goes unrecorded. A citizen reading their own dossier is not audited.
 */
@ApplicationScoped
public class ReadAudit {

    private static final Logger LOG = Logger.getLogger(ReadAudit.class);

    /** What was read. */
    public enum What {
        DOSSIER, HISTORY, WORKLIST, FORM, FILE, FILE_LIST, RESULT
    }

    @Inject
    ReadAuditRows rows;

    @Inject
    ReadAuditConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records that the caller, if an official, was shown these dossiers' personal data or files. */
    public void read(What what, List<UUID> dossierIds) {
        if (!official() || dossierIds.isEmpty()) {
            return;
        }
        String roles = String.join(",", new TreeSet<>(caller.roles()));
        QuarkusTransaction.requiringNew().run(() -> rows.append(clock.instant(), caller.subject(), roles,
                caller.unitCode().orElse(null), what.name(), List.copyOf(dossierIds)));
    }

    private boolean official() {
        return caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.PROVINCE_ADMIN);
    }

    /** A page of reads, newest first, for a province admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditRow> page(ReadAuditRows.Filter filter, int page, int size) {
        return new Page<>(rows.page(filter, page, size), page, size, rows.count(filter));
    }

    /** Deletes the reads older than the retention, once a day. */
    @Scheduled(identity = "read-audit-purge", every = "${motcua.audit.purge-every:24h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int purged = purgeBefore(clock.instant().minus(config.retention()));
        if (purged > 0) {
            LOG.infof("Purged %d audited reads older than %s", purged, config.retention());
        }
    }

    /** Deletes the reads older than {@code before}; answers how many. */
    public int purgeBefore(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> rows.purge(before));
    }
}
