package vn.motcua.platform.http.idempotency;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Function;

/**
 * How an {@link Idempotent} endpoint runs its use case: {@code respond(() -> useCase(...), result -> response)}.
 * Without a key it simply calls the use case and renders its result. With one, the use case (an
 * {@link IdempotentUseCase}) claims the key in its own transaction and stores the rendered answer
 * there, and this returns that very answer.
 */
@RequestScoped
public class Idempotency {

    /** What a use case call may throw. */
    @FunctionalInterface
    public interface UseCaseCall<T, X extends Exception> {
        T call() throws X;
    }

    private IdempotentRequest pending;
    private Function<Object, Object> render;
    private Object answer;
    private boolean answered;
    private boolean claimed;

    /** Runs the use case and renders its result as the endpoint's response ({@code Response} or {@code RestResponse}). */
    @SuppressWarnings("unchecked")
    public <T, R, X extends Exception> R respond(UseCaseCall<T, X> useCase, Function<? super T, R> renderer) throws X {
        if (pending == null) {
            return renderer.apply(useCase.call());
        }
        render = result -> renderer.apply((T) result);
        T result = useCase.call();
        if (!answered) {
            throw new IllegalStateException("the use case of an @Idempotent endpoint stored no answer: it must be an"
                    + " @IdempotentUseCase (got " + (result == null ? "null" : result.getClass().getName()) + ")");
        }
        return (R) answer;
    }

    /** Set by {@link IdempotencyInterceptor} when the request carries a key not answered before. */
    void expect(IdempotentRequest request) {
        pending = request;
    }

    /**
     * The request whose key the next use case claims; null without a key, or once a use case claimed it
     * (a use case it calls in turn joins that claim rather than claiming again).
     */
    IdempotentRequest unclaimed() {
        return answered || claimed ? null : pending;
    }

    /** A use case claimed the key, or let it go again when it failed. */
    void claimed(boolean holding) {
        claimed = holding;
    }

    boolean wasAnswered() {
        return answered;
    }

    /** Renders the use case's result; called inside its transaction, so the answer can be stored there. */
    Object render(Object result) {
        if (render == null) {
            throw new IllegalStateException("an @IdempotentUseCase ran for an Idempotency-Key outside Idempotency.respond");
        }
        return render.apply(result);
    }

    void answered(Object response) {
        answer = response;
        answered = true;
    }
}
