package vn.motcua.platform.http.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Lets a test make the next registration fail after its side effect, to check that both roll back. */
@ApplicationScoped
public class RegistrationFailures {

    private final AtomicReference<Exception> next = new AtomicReference<>();

    /** The next registration writes its row, then throws this. */
    public void failNextWith(Exception failure) {
        next.set(failure);
    }

    Optional<Exception> takeNext() {
        return Optional.ofNullable(next.getAndSet(null));
    }
}
