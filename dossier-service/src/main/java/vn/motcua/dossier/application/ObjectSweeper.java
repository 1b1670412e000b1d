package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.dossier.persistence.DossierFileRows;
import vn.motcua.dossier.persistence.DossierObjects;
import vn.motcua.dossier.persistence.DossierObjects.StoredObject;
import vn.motcua.dossier.persistence.DossierResultRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deletes the objects no row refers to once they are a day old: what a crash between storing an
 * object and committing its row leaves, or a replaced file whose deletion failed. A day is far longer
 * than any upload takes between its object and its row, so an upload in flight is never swept.
 */
@ApplicationScoped
public class ObjectSweeper {

    /** How old an unreferenced object must be before it goes. */
    public static final Duration GRACE = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(ObjectSweeper.class);

    @Inject
    DossierObjects objects;

    @Inject
    DossierFileRows rows;

    @Inject
    DossierResultRows results;

    @Inject
    Clock clock;

    @Scheduled(identity = "object-sweeper", every = "${motcua.files.sweep-every:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int swept = sweep(clock.instant());
        if (swept > 0) {
            LOG.infof("Deleted %d stored objects no dossier refers to", swept);
        }
    }

    /** Deletes the objects older than a day before {@code now} that no row refers to; answers how many. */
    public int sweep(Instant now) {
        Instant before = now.minus(GRACE);
        AtomicInteger swept = new AtomicInteger();
        objects.eachPage(page -> {
            List<String> old = page.stream().filter(object -> object.lastModified().isBefore(before))
                    .map(StoredObject::key).toList();
            // a document's file or a dossier's result: both live under the dossiers' prefix
            Set<String> referenced = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> either = new HashSet<>(rows.referenced(old));
                either.addAll(results.referenced(old));
                return either;
            });
            old.stream().filter(key -> !referenced.contains(key)).forEach(key -> {
                objects.deleteQuietly(key);
                swept.incrementAndGet();
            });
        });
        return swept.get();
    }
}
