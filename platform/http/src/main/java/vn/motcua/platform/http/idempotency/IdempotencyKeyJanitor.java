package vn.motcua.platform.http.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** Forgets idempotency keys past their retention, so the table stays small. */
@ApplicationScoped
class IdempotencyKeyJanitor {

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${motcua.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpiredKeys() {
        QuarkusTransaction.requiringNew().run(() -> store.purgeOlderThan(clock.instant().minus(config.retention())));
    }
}
