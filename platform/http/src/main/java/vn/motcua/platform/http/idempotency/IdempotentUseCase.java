package vn.motcua.platform.http.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that an {@link Idempotent} endpoint calls through {@link Idempotency#respond}: when
 * the request carries an {@code Idempotency-Key}, the key is claimed at the start of the use case's own
 * transaction and its answer stored before that transaction commits, so the change and the answer
 * commit together or not at all. A use case that streams a large body first puts this on the short
 * transactional method it calls afterwards. A use case with no transaction of its own gets one for the
 * key, which its work joins.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentUseCase {
}
