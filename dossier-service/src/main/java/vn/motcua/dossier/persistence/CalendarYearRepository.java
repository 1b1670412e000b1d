package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/** The stored years of the working calendar. */
@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYearEntity, Integer> {

    /**
     * Stores a year at version 1 unless it is stored already. A concurrent insert of the same year
     * makes this wait for it and then answer false, instead of failing on the primary key.
     */
    public boolean insertIfAbsent(int year, Instant at, String by) {
        int inserted = getEntityManager().createNativeQuery("""
                        INSERT INTO calendar_year (year, version, updated_at, updated_by)
                        VALUES (:year, 1, :at, :by)
                        ON CONFLICT (year) DO NOTHING""")
                .setParameter("year", year)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("by", by)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * What changes whenever a year is stored, inserted or rewritten (every write advances a version):
     * the number of stored years, the sum of their versions and the latest write. Equal fingerprints
     * mean the stored calendar is the same, so the calendar built from it can be used again.
     */
    public String fingerprint() {
        Object value = getEntityManager().createNativeQuery("""
                        SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
                        FROM calendar_year""")
                .getSingleResult();
        return String.valueOf(value);
    }

    /**
     * Advances a year's version if it still is {@code expected}: false when someone else wrote it
     * meanwhile. A concurrent writer's row lock makes this wait for its commit, then see its version.
     */
    public boolean advanceVersion(int year, long expected, Instant at, String by) {
        return update("version = version + 1, updatedAt = ?1, updatedBy = ?2 where year = ?3 and version = ?4",
                at, by, year, expected) == 1;
    }
}
