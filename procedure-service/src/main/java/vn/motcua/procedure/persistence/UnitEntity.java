package vn.motcua.procedure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.procedure.domain.UnitKind;

import java.time.Instant;

/** An administrative unit: the province or one of its communes. */
@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    /** ACTIVE, or INACTIVE once merged away (kept so old dossiers still resolve). */
    public static final String ACTIVE = "ACTIVE";

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    @Column(name = "agency_code")
    public String agencyCode;

    public String status;

    /** Hibernate's optimistic lock, from 0; the version the API and events show is one more. */
    @Version
    public Long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** The version as published: 1 for a new one, one more at every change. */
    public long version() {
        return revision + 1;
    }
}
