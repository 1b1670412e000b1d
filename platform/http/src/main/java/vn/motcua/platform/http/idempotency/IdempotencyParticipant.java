package vn.motcua.platform.http.idempotency;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import java.time.Clock;
import java.util.Optional;

/**
 * Claims a request's Idempotency-Key inside the {@link IdempotentUseCase}'s own transaction (it runs
 * after {@code @Transactional} has begun it) and stores the rendered answer before that transaction
 * commits. A concurrent request with the same key waits for the claim's transaction: if it commits,
 * the waiting one replays its answer without running the use case.
 */
@IdempotentUseCase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyParticipant {

    @Inject
    IdempotencyStore store;

    @Inject
    StoredResponses responses;

    @Inject
    TransactionManager transactions;

    @Inject
    Clock clock;

    @AroundInvoke
    Object claimAndAnswer(InvocationContext invocation) throws Exception {
        if (!Arc.container().requestContext().isActive()) {
            return invocation.proceed();
        }
        Idempotency idempotency = Arc.container().instance(Idempotency.class).get();
        IdempotentRequest request = idempotency.unclaimed();
        if (request == null) {
            return invocation.proceed();
        }
        try {
            if (inTransaction()) {
                return claimProceedAnswer(invocation, idempotency, request);
            }
            // a use case without a transaction of its own: the key's transaction is the one its work joins
            return QuarkusTransaction.requiringNew().call(() -> claimProceedAnswer(invocation, idempotency, request));
        } catch (CheckedFailure failure) {
            throw failure.checked;
        }
    }

    private Object claimProceedAnswer(InvocationContext invocation, Idempotency idempotency, IdempotentRequest request) {
        Optional<IdempotencyRecord> earlier = store.claim(request.caller(), request.key(), request.method(), request.path(),
                request.hash(), clock.instant());
        if (earlier.isPresent()) {
            responses.requireSameRequest(earlier.get(), request.hash());
            throw new Replayed(earlier.get().response());
        }
        Object result;
        idempotency.claimed(true);
        try {
            result = proceed(invocation);
        } catch (RuntimeException e) {
            // whatever failed, the key is not consumed: a retry runs anew (a checked exception would otherwise commit)
            rollbackOnly();
            idempotency.claimed(false);
            throw e;
        }
        Object answer = idempotency.render(result);
        store.answer(request.caller(), request.key(), responses.stored(answer));
        idempotency.answered(answer);
        return result;
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (IllegalStateException | SystemException e) {
            throw new IllegalStateException("the transaction of an idempotent use case could not be marked for rollback", e);
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException("the transaction manager could not say whether a transaction is active", e);
        }
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    /** Carries a checked exception of the use case out of a lambda. */
    private static final class CheckedFailure extends RuntimeException {
        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked.getMessage(), checked, false, false);
            this.checked = checked;
        }
    }
}
