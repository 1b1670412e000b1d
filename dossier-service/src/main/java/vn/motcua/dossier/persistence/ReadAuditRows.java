package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The audit of reads of personal data by officials (table {@code read_audit}). */
@ApplicationScoped
public class ReadAuditRows {

    /** One read: who, with which roles and unit, when, what, and the dossiers it showed. */
    public record AuditRow(long id, Instant readAt, String subject, String roles, String unitCode, String what,
                           List<UUID> dossierIds) {
    }

    /** What to look for: any of the three may be absent. */
    public record Filter(UUID dossierId, String subject, Instant from, Instant to) {
    }

    @Inject
    EntityManager entityManager;

    public void append(Instant readAt, String subject, String roles, String unitCode, String what, List<UUID> dossierIds) {
        entityManager.createNativeQuery("""
                        INSERT INTO read_audit (read_at, subject, roles, unit_code, what, dossier_ids)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS uuid[]))""")
                .setParameter(1, Timestamp.from(readAt)).setParameter(2, subject).setParameter(3, roles)
                .setParameter(4, unitCode).setParameter(5, what).setParameter(6, "{" + String.join(",", dossierIds.stream().map(UUID::toString).toList()) + "}")
                .executeUpdate();
    }

    /** A page of reads, newest first. */
    public List<AuditRow> page(Filter filter, int page, int size) {
        Query query = entityManager.createNativeQuery("SELECT id, read_at, subject, roles, unit_code, what, array_to_string(dossier_ids, ',')"
                + " FROM read_audit" + where(filter) + " ORDER BY read_at DESC, id DESC LIMIT " + size + " OFFSET "
                + (long) page * size);
        bind(query, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AuditRow(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], uuids((String) r[6]))).toList();
    }

    public long count(Filter filter) {
        Query query = entityManager.createNativeQuery("SELECT count(*) FROM read_audit" + where(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Deletes the reads older than {@code before}; answers how many. */
    public int purge(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM read_audit WHERE read_at < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    private static String where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.dossierId() != null) {
            conditions.add("dossier_ids @> ARRAY[CAST(:dossier AS uuid)]");
        }
        if (filter.subject() != null) {
            conditions.add("subject = :subject");
        }
        if (filter.from() != null) {
            conditions.add("read_at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("read_at < :to");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(Query query, Filter filter) {
        if (filter.dossierId() != null) {
            query.setParameter("dossier", filter.dossierId().toString());
        }
        if (filter.subject() != null) {
            query.setParameter("subject", filter.subject());
        }
        if (filter.from() != null) {
            query.setParameter("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            query.setParameter("to", Timestamp.from(filter.to()));
        }
    }

    private static List<UUID> uuids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }

    private static Instant instant(Object value) {
        return DossierFileRows.instant(value);
    }
}
