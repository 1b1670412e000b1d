package vn.motcua.procedure.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.platform.rules.ExpectedVersion;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.procedure.domain.Codes;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.domain.UnitKind;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.procedure.persistence.FieldEntity;
import vn.motcua.procedure.persistence.UnitEntity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The reference data the catalogue rests on: fields (lĩnh vực) and administrative units. Reads are
 * public; the province admin writes. Every change of a unit is published on the units topic.
 */
@ApplicationScoped
@Transactional
public class ReferenceDataService {

    @Inject
    SnapshotPublisher publisher;

    @Inject
    CatalogService catalog;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether a PUT created the resource or changed an existing one. */
    public record Written<T>(T value, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldEntity> fields() {
        return FieldEntity.listAll(Sort.by("name"));
    }

    public Written<FieldEntity> putField(String code, String name, OptionalLong ifMatch) {
        List<Violation> violations = new ArrayList<>();
        if (!Codes.isFieldCode(code)) {
            violations.add(new Violation("code", Codes.FIELD_RULE));
        }
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        } else if (name.length() > 200) {
            violations.add(new Violation("name", "must be at most 200 characters"));
        }
        Violations.reject(violations);
        FieldEntity field = FieldEntity.findById(code);
        boolean created = field == null;
        if (created) {
            field = new FieldEntity();
            field.code = code;
        } else {
            ExpectedVersion.requireCurrent(ifMatch, field.version(), "Field " + code);
            if (field.name.equals(name.strip())) {
                return new Written<>(field, false);
            }
        }
        field.name = name.strip();
        field.updatedAt = clock.instant();
        field.updatedBy = actor();
        if (created) {
            field.persist();
        } else {
            // its procedures' snapshots carry the field's name
            FieldEntity.getEntityManager().flush();
            catalog.fieldRenamed(code);
        }
        return new Written<>(field, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitEntity> units(UnitKind kind) {
        return kind == null ? UnitEntity.listAll(Sort.by("code")) : UnitEntity.list("kind", Sort.by("code"), kind);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitEntity unit(String code) {
        UnitEntity unit = UnitEntity.findById(code);
        if (unit == null) {
            throw Refusal.notFound("unit", code);
        }
        return unit;
    }

    public Written<UnitEntity> putUnit(String code, UnitContent content, OptionalLong ifMatch) {
        List<Violation> violations = new ArrayList<>();
        if (!Codes.isUnitCode(code)) {
            violations.add(new Violation("code", Codes.UNIT_RULE));
        }
        violations.addAll(content.violations(code));
        Violations.reject(violations);
        UnitEntity byAgency = UnitEntity.find("agencyCode", content.agencyCode()).firstResult();
        if (byAgency != null && !byAgency.code.equals(code)) {
            throw Refusal.unprocessable("agencyCode", "is the agency code of unit " + byAgency.code
                    + " already; each unit has its own");
        }
        UnitEntity unit = UnitEntity.findById(code);
        boolean created = unit == null;
        if (created) {
            unit = new UnitEntity();
            unit.code = code;
            unit.status = UnitEntity.ACTIVE;
        } else {
            ExpectedVersion.requireCurrent(ifMatch, unit.version(), "Unit " + code);
            if (unit.name.equals(content.name().strip()) && unit.kind == content.kind()
                    && Objects.equals(unit.agencyCode, content.agencyCode())) {
                return new Written<>(unit, false);
            }
        }
        unit.name = content.name().strip();
        unit.kind = content.kind();
        unit.agencyCode = content.agencyCode();
        unit.updatedAt = clock.instant();
        unit.updatedBy = actor();
        if (created) {
            unit.persist();
        }
        UnitEntity.getEntityManager().flush();
        publisher.publish(unit);
        return new Written<>(unit, created);
    }

    private String actor() {
        return caller.isAuthenticated() ? caller.subject() : "system";
    }
}
