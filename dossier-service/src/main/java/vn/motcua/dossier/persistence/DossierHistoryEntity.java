package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a dossier's history as stored: who did what when, from which status, and what they said. */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    public long sequence;

    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_role")
    public String actorRole;

    public String reason;

    @Column(name = "reason_code")
    public String reasonCode;

    /** What else the action said, as JSON text; the cast lets PostgreSQL store it as jsonb. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String details;

    /** The dossier's entries, oldest first. */
    public static List<DossierHistoryEntity> ofDossier(UUID dossierId) {
        return list("dossierId", Sort.by("sequence"), dossierId);
    }
}
