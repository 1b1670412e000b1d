package vn.motcua.platform.http.idempotency;

/** A request that carries an {@code Idempotency-Key}: whose key, for which method and path, and the hash of the request. */
record IdempotentRequest(String caller, String key, String method, String path, String hash) {
}
