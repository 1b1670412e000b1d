package vn.motcua.platform.http.idempotency;

/** A stored key: which request it answered (by hash) and with what. */
record IdempotencyRecord(String requestMethod, String requestPath, String requestHash, StoredResponse response) {
}
