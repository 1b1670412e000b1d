package vn.motcua.procedure.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.text.LikePattern;
import vn.motcua.platform.rules.ExpectedVersion;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.procedure.domain.Codes;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;
import vn.motcua.procedure.domain.SearchText;
import vn.motcua.procedure.persistence.FieldEntity;
import vn.motcua.procedure.persistence.ProcedureEntity;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The procedure catalogue's use cases: search and read it (public), create, update and withdraw
 * procedures (province admin). Every change becomes a new version, kept in the history and published
 * as a full snapshot in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    @Inject
    EntityManager entityManager;

    @Inject
    SnapshotPublisher publisher;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What a catalogue search asks for; every criterion is optional. */
    public record Search(String query, String fieldCode, Level level, ProcedureStatus status, int page, int size) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProcedureDetails> search(Search search) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE p.status = ?");
        parameters.add(search.status().name());
        if (search.fieldCode() != null) {
            where.append(" AND p.field_code = ?");
            parameters.add(search.fieldCode());
        }
        if (search.level() != null) {
            where.append(" AND (',' || p.levels || ',') LIKE ?");
            parameters.add("%," + search.level().name() + ",%");
        }
        List<String> words = SearchText.words(search.query());
        String phrase = String.join(" ", words);
        for (String word : words) {
            where.append(" AND p.search_text LIKE ?").append(LikePattern.ESCAPE);
            parameters.add(LikePattern.containing(word));
        }
        long total = ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM procedure p" + where), parameters)
                .getSingleResult()).longValue();

        List<Object> ranked = new ArrayList<>();
        String order;
        if (words.isEmpty()) {
            order = " ORDER BY p.name, p.code";
        } else {
            // best first: code prefix, then the phrase at the start of the name, anywhere in it, then likeness
            String like = " LIKE ?" + LikePattern.ESCAPE;
            order = " ORDER BY (p.code" + like + ") DESC, CASE WHEN p.code" + like + " THEN p.code END, (p.search_text" + like + ") DESC,"
                    + " (p.search_text" + like + ") DESC, similarity(p.search_text, ?) DESC, p.name, p.code";
            ranked.add(LikePattern.startingWith(phrase));
            ranked.add(LikePattern.startingWith(phrase));
            ranked.add(LikePattern.startingWith(phrase));
            ranked.add(LikePattern.containing(phrase));
            ranked.add(phrase);
        }
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(ranked);
        @SuppressWarnings("unchecked")
        List<String> codes = bind(entityManager.createNativeQuery("SELECT p.code FROM procedure p" + where + order
                + " LIMIT ? OFFSET ?"), all, search.size(), (long) search.page() * search.size()).getResultList();
        Map<String, ProcedureEntity> found = ProcedureEntity.<ProcedureEntity>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(entity -> entity.code, Function.identity()));
        Map<String, String> fieldNames = fieldNames();
        List<ProcedureDetails> items = codes.stream().map(found::get).map(entity -> details(entity, fieldNames)).toList();
        return new Page<>(items, search.page(), search.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcedureDetails get(String code) {
        return details(find(code), fieldNames());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProcedureVersion> versions(String code) {
        find(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT version, change, changed_at, snapshot::text FROM procedure_version WHERE code = ? ORDER BY version")
                .setParameter(1, code).getResultList();
        return rows.stream().map(row -> new ProcedureVersion(((Number) row[0]).longValue(), (String) row[1],
                toInstant(row[2]), EventJson.read(((String) row[3]).getBytes(StandardCharsets.UTF_8), ProcedureSnapshot.class)))
                .toList();
    }

    @IdempotentUseCase
    public ProcedureDetails create(String code, ProcedureContent content) {
        if (!Codes.isProcedureCode(code)) {
            throw Refusal.invalid("code", Codes.PROCEDURE_RULE);
        }
        ProcedureContent normalised = checked(content);
        if (ProcedureEntity.findById(code) != null) {
            throw Refusal.conflict("Procedure " + code + " exists already; PUT /api/v1/procedures/" + code
                    + " publishes a new version of it.");
        }
        ProcedureEntity entity = new ProcedureEntity();
        entity.code = code;
        entity.status = ProcedureStatus.ACTIVE;
        entity.content(normalised);
        stamp(entity);
        entity.persist();
        return published(entity, "CREATED");
    }

    public ProcedureDetails update(String code, ProcedureContent content, OptionalLong ifMatch) {
        ProcedureEntity entity = find(code);
        ExpectedVersion.requireCurrent(ifMatch, entity.version(), "Procedure " + code);
        if (entity.status == ProcedureStatus.WITHDRAWN) {
            throw Refusal.conflict("Procedure " + code + " is withdrawn; a withdrawn procedure is not edited.");
        }
        ProcedureContent normalised = checked(content);
        if (normalised.equals(entity.content())) {
            return details(entity, fieldNames());
        }
        entity.content(normalised);
        stamp(entity);
        return published(entity, "UPDATED");
    }

    @IdempotentUseCase
    public ProcedureDetails withdraw(String code, OptionalLong ifMatch) {
        ProcedureEntity entity = find(code);
        ExpectedVersion.requireCurrent(ifMatch, entity.version(), "Procedure " + code);
        if (entity.status == ProcedureStatus.WITHDRAWN) {
            throw Refusal.conflict("Procedure " + code + " is withdrawn already.");
        }
        entity.status = ProcedureStatus.WITHDRAWN;
        stamp(entity);
        return published(entity, "WITHDRAWN");
    }

    /** Re-publishes the procedures of a field whose name changed, each as a new version. */
    void fieldRenamed(String fieldCode) {
        for (ProcedureEntity entity : ProcedureEntity.<ProcedureEntity>list("fieldCode", Sort.by("code"), fieldCode)) {
            // the content is unchanged; the new stamp makes the row dirty, so Hibernate moves the version on
            stamp(entity);
            published(entity, "FIELD_RENAMED");
        }
    }

    private ProcedureContent checked(ProcedureContent content) {
        if (content == null) {
            throw Refusal.invalid("body", "is required");
        }
        Violations.reject(content.violations());
        if (FieldEntity.findById(content.fieldCode()) == null) {
            throw Refusal.unprocessable("fieldCode", "no field has the code " + content.fieldCode()
                    + "; GET /api/v1/fields lists them");
        }
        return content.normalised();
    }

    private ProcedureDetails published(ProcedureEntity entity, String change) {
        entityManager.flush();
        ProcedureDetails details = details(entity, fieldNames());
        ProcedureSnapshot snapshot = publisher.publish(details);
        entityManager.createNativeQuery("""
                INSERT INTO procedure_version (code, version, status, change, snapshot, changed_at, changed_by)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                .setParameter(1, entity.code)
                .setParameter(2, entity.version())
                .setParameter(3, entity.status.name())
                .setParameter(4, change)
                .setParameter(5, new String(EventJson.write(snapshot), StandardCharsets.UTF_8))
                .setParameter(6, Timestamp.from(entity.updatedAt))
                .setParameter(7, entity.updatedBy)
                .executeUpdate();
        return details;
    }

    private void stamp(ProcedureEntity entity) {
        entity.updatedAt = clock.instant();
        entity.updatedBy = caller.isAuthenticated() ? caller.subject() : "system";
    }

    private ProcedureEntity find(String code) {
        ProcedureEntity entity = ProcedureEntity.findById(code);
        if (entity == null) {
            throw Refusal.notFound("procedure", code);
        }
        return entity;
    }

    private static ProcedureDetails details(ProcedureEntity entity, Map<String, String> fieldNames) {
        return new ProcedureDetails(entity.code, entity.version(), entity.status, entity.content(),
                fieldNames.getOrDefault(entity.fieldCode, entity.fieldCode), entity.updatedAt);
    }

    private static Map<String, String> fieldNames() {
        return FieldEntity.<FieldEntity>listAll().stream().collect(Collectors.toMap(field -> field.code, field -> field.name));
    }

    private static Query bind(Query query, List<Object> parameters, Object... more) {
        int position = 1;
        for (Object parameter : parameters) {
            query.setParameter(position++, parameter);
        }
        for (Object parameter : more) {
            query.setParameter(position++, parameter);
        }
        return query;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
