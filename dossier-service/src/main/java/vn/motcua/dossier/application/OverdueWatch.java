package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.Transition;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.OverdueDossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the one {@code overdue} event of each dossier whose due time has passed while it was
 * running or paused (DOMAIN.md: "overdue (published once per dossier)"). The dossier's
 * {@code overdue_notified} flag, set in the transaction that writes the event to the outbox, makes it
 * once: a later run, a restarted service or another replica finds the flag set. Replicas running at the
 * same moment never take the same dossier: each locks the rows it takes and skips those another holds.
 */
@ApplicationScoped
public class OverdueWatch {

    /** The actor of the history entry: no person decided it. */
    static final String ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(OverdueWatch.class);

    @Inject
    OverdueWatchSettings settings;

    @Inject
    EntityManager entityManager;

    @Inject
    OverdueDossiers overdueDossiers;

    @Inject
    CalendarService calendars;

    @Inject
    DossierChanges changes;

    @Inject
    Clock clock;

    /** What one transaction did: how many dossiers it took, reported, and could not report. */
    private record Batch(int taken, int reported, int refused) {
    }

    @Scheduled(identity = "overdue-watch", every = "${motcua.dossier.overdue-watch.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!settings.enabled()) {
            return;
        }
        int reported = runOnce();
        if (reported > 0) {
            LOG.infof("Overdue watch: %d dossiers passed their due time and were reported overdue", reported);
        }
    }

    /** Reports every dossier overdue now and not reported yet, in batches of the configured size; answers how many. */
    public int runOnce() {
        return runOnce(settings.batchSize());
    }

    /**
     * Reports every dossier overdue now and not reported yet, {@code batchSize} per transaction, until
     * none is left that this caller could take; answers how many it reported. Safe to call from several
     * threads or replicas at once.
     */
    public int runOnce(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        Instant now = clock.instant();
        int reported = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> reportBatch(now, batchSize));
            reported += batch.reported();
            // a refused dossier would be taken again at once; leave it to the next run
            if (batch.taken() < batchSize || batch.refused() > 0) {
                return reported;
            }
        }
    }

    private Batch reportBatch(Instant now, int batchSize) {
        // rows another replica has locked are skipped, not waited for: that replica reports them
        List<UUID> ids = overdueDossiers.take(now, batchSize);
        if (ids.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        Lifecycle lifecycle = new Lifecycle(new DueTimePolicy(calendars.workingCalendar()));
        int reported = 0;
        int refused = 0;
        for (UUID id : ids) {
            DossierEntity row = entityManager.find(DossierEntity.class, id);
            DossierState before = DossierMapping.toState(row);
            Transition transition;
            try {
                transition = lifecycle.apply(before, DossierAction.OVERDUE, ActionCommand.none(), EnumSet.of(DossierRole.SYSTEM), now);
            } catch (ActionRefused e) {
                // the query and the rule disagree (they should not): report it, publish nothing
                LOG.warnf("Overdue watch: dossier %s was selected but the lifecycle refused 'overdue' (%s)", id, e.getMessage());
                refused++;
                continue;
            }
            DossierMapping.write(transition.after(), row, now);
            entityManager.flush();
            changes.record(transition.after(), DossierAction.OVERDUE.pathName(), before.status(), ActionCommand.none(), ACTOR,
                    DossierRole.SYSTEM.name(), now);
            changes.publish(transition.after(), transition.event(), now);
            reported++;
        }
        return new Batch(ids.size(), reported, refused);
    }
}
