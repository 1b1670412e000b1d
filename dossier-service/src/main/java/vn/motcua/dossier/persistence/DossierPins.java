package vn.motcua.dossier.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.motcua.dossier.domain.lookup.PinAlgorithm;
import vn.motcua.dossier.domain.lookup.PinHash;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hashes of the lookup PINs printed on receipts, one per dossier (table {@code dossier_pin}); never the PINs. */
@ApplicationScoped
public class DossierPins {

    /** The dossier that has a code, and the hash of its PIN; null if it was never given one. */
    public record PinnedDossier(UUID dossierId, PinHash hashOrNull) {
    }

    @Inject
    EntityManager entityManager;

    public void store(UUID dossierId, PinHash hash, Instant issuedAt) {
        entityManager.createNativeQuery("""
                INSERT INTO dossier_pin (dossier_id, algorithm, iterations, salt, hash, issued_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, dossierId).setParameter(2, hash.algorithm().storedName()).setParameter(3, hash.iterations())
                .setParameter(4, hash.salt()).setParameter(5, hash.hash()).setParameter(6, Timestamp.from(issuedAt))
                .executeUpdate();
    }

    /** The dossier with this code and its PIN's hash, in one query whether or not the code exists. */
    public Optional<PinnedDossier> ofCode(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT d.id, p.iterations, p.salt, p.hash, p.algorithm
                  FROM dossier d LEFT JOIN dossier_pin p ON p.dossier_id = d.id
                 WHERE d.code = ?""").setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(found -> new PinnedDossier((UUID) found[0], found[1] == null ? null
                : new PinHash(PinAlgorithm.ofStoredName((String) found[4]), ((Number) found[1]).intValue(),
                        (byte[]) found[2], (byte[]) found[3])));
    }
}
