package vn.motcua.dossier.api;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the intake: its 201 answer gets the lookup PIN and the receipt with it from
 * {@link ReceiptHandoverFilter}, after the idempotency record stored the answer without them.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HandsOverReceipt {
}
