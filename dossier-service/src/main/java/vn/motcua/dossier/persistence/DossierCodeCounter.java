package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * The daily counters that number dossier codes, one per receiving unit and day (table
 * {@code dossier_code_counter}). Numbers are gap-free: a number is taken under the counter row's lock,
 * held until the transaction ends, and a rollback gives it back.
 */
@ApplicationScoped
public class DossierCodeCounter {

    @Inject
    EntityManager entityManager;

    /**
     * The unit's next number for the day, from 1. The row lock of the upsert makes concurrent intakes of
     * one unit and day take turns until the first one's transaction ends.
     */
    public int next(String unitCode, LocalDate day) {
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO dossier_code_counter AS counter (unit_code, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (unit_code, day) DO UPDATE SET last_value = counter.last_value + 1
                RETURNING last_value""").setParameter(1, unitCode).setParameter(2, day).getSingleResult();
        return value.intValue();
    }

    /** Makes {@code taken} a number already handed out: the counter moves up to it, never back. */
    public void reserve(String unitCode, LocalDate day, int taken) {
        entityManager.createNativeQuery("""
                INSERT INTO dossier_code_counter AS counter (unit_code, day, last_value) VALUES (?, ?, ?)
                ON CONFLICT (unit_code, day) DO UPDATE SET last_value = GREATEST(counter.last_value, EXCLUDED.last_value)""")
                .setParameter(1, unitCode).setParameter(2, day).setParameter(3, taken)
                .executeUpdate();
    }
}
