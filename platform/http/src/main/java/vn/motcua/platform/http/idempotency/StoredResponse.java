package vn.motcua.platform.http.idempotency;

import java.util.Map;

/** The first response to an idempotent request, as kept for replay. */
record StoredResponse(int status, String mediaType, Map<String, String> headers, String body) {
}
