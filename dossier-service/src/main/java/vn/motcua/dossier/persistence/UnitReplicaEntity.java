package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.dossier.domain.intake.IntakeUnit;

import java.time.Instant;
import java.util.List;

/** This service's copy of an administrative unit, as the units topic last described it. */
@Entity
@Table(name = "unit_replica")
public class UnitReplicaEntity extends PanacheEntityBase {

    @Id
    public String code;

    public long version;

    public String name;

    public String kind;

    @Column(name = "agency_code")
    public String agencyCode;

    public String status;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** The unit as intake's rules read it: the province's own centre, or a commune (or ward). */
    public IntakeUnit toIntakeUnit() {
        return new IntakeUnit(code, IntakeUnit.PROVINCE.equals(kind) ? IntakeUnit.PROVINCE : IntakeUnit.COMMUNE, isActive());
    }

    /** The codes of the units whose dossier codes begin with this agency code. */
    public static List<String> codesOfAgency(String agencyCode) {
        return getEntityManager().createQuery("SELECT u.code FROM UnitReplicaEntity u WHERE u.agencyCode = :agency", String.class)
                .setParameter("agency", agencyCode).getResultList();
    }
}
