package vn.motcua.platform.http.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST resource method that honours the {@code Idempotency-Key} header: a retry with the same
 * key and body returns the first response and changes nothing; the same key with another body gets
 * 422. The method must return {@link jakarta.ws.rs.core.Response} so a stored response can be replayed.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** Set on a replayed response, so a client can tell a retry's answer from a fresh one. */
    String REPLAYED_HEADER = "Idempotency-Replayed";
}
