package vn.motcua.platform.http.idempotency;

/**
 * A request with this key was answered already, by a request that committed while this one waited for
 * the key: the use case must not run, and the stored answer is returned instead.
 */
final class Replayed extends RuntimeException {

    private final transient StoredResponse response;

    Replayed(StoredResponse response) {
        super("answered already", null, false, false);
        this.response = response;
    }

    StoredResponse response() {
        return response;
    }
}
