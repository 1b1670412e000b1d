package vn.motcua.procedure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A field (lĩnh vực) of the catalogue, such as "Tư pháp - Hộ tịch". */
@Entity
@Table(name = "field")
public class FieldEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

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
