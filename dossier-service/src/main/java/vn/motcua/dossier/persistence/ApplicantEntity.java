package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The applicant of a dossier: personal data (Decree 13/2023/NĐ-CP). It stays in this service, is
 * shown only to those who may see the dossier, and never goes into an event or a log.
 */
@Entity
@Table(name = "dossier_applicant")
public class ApplicantEntity extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    /** PERSON or ORGANISATION. */
    public String kind;

    /** A person's full name. */
    @Column(name = "full_name")
    public String fullName;

    /** A person's CCCD. */
    @Column(name = "citizen_id")
    public String citizenId;

    @Column(name = "organisation_name")
    public String organisationName;

    /** An organisation's tax code (a household business: its owner's CCCD). */
    @Column(name = "tax_code")
    public String taxCode;

    public String phone;

    public String address;

    public String email;

    @Column(name = "representative_name")
    public String representativeName;

    @Column(name = "representative_citizen_id")
    public String representativeCitizenId;

    @Column(name = "representative_capacity")
    public String representativeCapacity;

    @Override
    public String toString() {
        // never print personal data, even by accident in a log line
        return "ApplicantEntity[dossierId=" + dossierId + "]";
    }
}
