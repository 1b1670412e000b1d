package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's rating of a returned dossier, once per dossier. The score is on the dossier and in its
 * events too; the comment may name people, so it is kept here only and never published.
 */
@Entity
@Table(name = "dossier_rating")
public class DossierRatingEntity extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    public int score;

    public String comment;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Override
    public String toString() {
        // the comment may name people: never print it, even by accident in a log line
        return "DossierRatingEntity[dossierId=" + dossierId + ", score=" + score + "]";
    }
}
