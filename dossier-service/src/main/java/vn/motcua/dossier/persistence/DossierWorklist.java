package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.text.LikePattern;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Worklists: the dossiers an audience may see, filtered, by due time (those without one last) and code,
 * a page at a time. The indexes {@code dossier_receiving_worklist} and {@code dossier_competent_worklist}
 * follow this order.
 */
@ApplicationScoped
public class DossierWorklist {

    private static final String OPEN = "d.status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'SUSPENDED')";

    /** Whose dossiers a worklist shows: every dossier, a unit's (received or decided there), or a citizen's own. */
    public record Audience(String unitCode, String ownerSubject) {

        public static Audience everyDossier() {
            return new Audience(null, null);
        }

        public static Audience ofUnit(String unitCode) {
            return new Audience(unitCode, null);
        }

        public static Audience ownedBy(String subject) {
            return new Audience(null, subject);
        }
    }

    /**
     * What a worklist is narrowed by; a null (or blank) criterion narrows nothing. The code is a prefix;
     * overdue means open and past its due time at {@code now}.
     */
    public record Filter(String codePrefix, DossierStatus status, String procedureCode, Boolean overdue, Instant dueBefore,
                         Instant now) {
    }

    /** One page of dossiers, in worklist order, and how many there are on all pages. */
    public record Found(List<DossierEntity> dossiers, long total) {
    }

    @Inject
    EntityManager entityManager;

    public Found page(Audience audience, Filter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ");
        if (audience.unitCode() != null) {
            where.append("(d.receiving_unit_code = ? OR d.competent_unit_code = ?)");
            parameters.add(audience.unitCode());
            parameters.add(audience.unitCode());
        } else if (audience.ownerSubject() != null) {
            where.append("d.owner_subject = ?");
            parameters.add(audience.ownerSubject());
        } else {
            where.append("TRUE");
        }
        if (filter.codePrefix() != null && !filter.codePrefix().isBlank()) {
            where.append(" AND d.code LIKE ?").append(LikePattern.ESCAPE);
            parameters.add(LikePattern.startingWith(filter.codePrefix().strip()));
        }
        if (filter.status() != null) {
            where.append(" AND d.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.procedureCode() != null && !filter.procedureCode().isBlank()) {
            where.append(" AND d.procedure_code = ?");
            parameters.add(filter.procedureCode().strip());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" AND ").append(OPEN).append(" AND d.due_at < ?");
            parameters.add(Timestamp.from(filter.now()));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.append(" AND NOT (").append(OPEN).append(" AND d.due_at < ?)");
            parameters.add(Timestamp.from(filter.now()));
        }
        if (filter.dueBefore() != null) {
            where.append(" AND d.due_at < ?");
            parameters.add(Timestamp.from(filter.dueBefore()));
        }
        long total = ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM dossier d" + where), parameters)
                .getSingleResult()).longValue();
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(entityManager.createNativeQuery("SELECT d.id FROM dossier d" + where
                + " ORDER BY d.due_at NULLS LAST, d.code LIMIT ? OFFSET ?"), paged).getResultList();
        List<DossierEntity> dossiers = new ArrayList<>();
        for (UUID id : ids) {
            dossiers.add(DossierEntity.findById(id));
        }
        return new Found(dossiers, total);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
