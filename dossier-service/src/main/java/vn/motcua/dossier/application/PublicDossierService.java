package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Rating;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.DossierPins;
import vn.motcua.dossier.persistence.DossierRatingEntity;
import vn.motcua.dossier.persistence.DossierResultRows;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.rules.Refusal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a citizen does with a dossier's code and the PIN from its receipt, without an account: look it
 * up, download its electronic result once it is resolved, and rate it once it is returned. A wrong code and a wrong PIN are told apart by nothing (the same
 * answer after the same work), and failures are throttled per code and per client address.
 */
@ApplicationScoped
public class PublicDossierService {

    /** Who the history names for a rating: the PIN holder has no account. */
    private static final String PIN_HOLDER = "pin-holder";

    @Inject
    EntityManager entityManager;

    @Inject
    ReceiptPins pins;

    @Inject
    LookupThrottle throttle;

    @Inject
    DossierChanges changes;

    @Inject
    DossierPins storedPins;

    @Inject
    DossierResultRows resultRows;

    @Inject
    DossierResults results;

    @Inject
    Clock clock;

    @Transactional
    public PublicOutcome<PublicDossier> lookup(String code, String pin, String client) {
        Instant now = clock.instant();
        PublicOutcome<DossierEntity> access = authenticate(code, pin, client, now);
        if (access.answer().isEmpty()) {
            return carry(access);
        }
        DossierEntity row = access.value();
        return PublicOutcome.answered(publicView(DossierMapping.toState(row)));
    }

    /**
     * The dossier's electronic result, for the holder of its code and PIN, once the dossier is resolved with a stored
     * result file: 409 before it is resolved (a result stored meanwhile is not issued yet), 404 when it was resolved
     * without one (a result on paper). The caller closes the bytes.
     */
    @Transactional
    public PublicOutcome<DossierFiles.Download> result(String code, String pin, String client) {
        PublicOutcome<DossierEntity> access = authenticate(code, pin, client, clock.instant());
        if (access.answer().isEmpty()) {
            return carry(access);
        }
        DossierState state = DossierMapping.toState(access.value());
        if (state.resolvedAt() == null) {
            throw Refusal.conflict("Dossier " + state.code() + " is " + state.status() + ": its result is issued when it is"
                    + " resolved; look it up again later.");
        }
        DossierResultRows.ResultRow stored = resultRows.find(state.id()).orElseThrow(() -> Refusal.notFound("electronic result",
                "of dossier " + state.code() + ": its result was issued on paper; collect it where the dossier was received"));
        return PublicOutcome.answered(results.openStored(stored).named("ket-qua-" + state.code() + ".pdf"));
    }

    /**
     * Rates a returned dossier once: a lifecycle change that keeps the status, advances the sequence and
     * publishes {@code rated} with the score. The comment is kept here only; it may name people.
     */
    @Transactional
    public PublicOutcome<RatingReceipt> rate(String code, String pin, int score, String comment, String client) {
        Instant now = clock.instant();
        PublicOutcome<DossierEntity> access = authenticate(code, pin, client, now);
        if (access.answer().isEmpty()) {
            return carry(access);
        }
        DossierEntity row = access.value();
        DossierState before = DossierMapping.toState(row);
        DossierState after;
        try {
            after = Rating.rate(before, score);
        } catch (ActionRefused refused) {
            throw refused.kind() == ActionRefused.Kind.INVALID_COMMAND
                    ? Refusal.invalid(refused.problems())
                    : Refusal.conflict(refused.getMessage());
        }
        DossierMapping.write(after, row, now);
        entityManager.flush();
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        DossierRatingEntity rating = new DossierRatingEntity();
        rating.dossierId = after.id();
        rating.score = score;
        rating.comment = kept;
        rating.ratedAt = now;
        rating.persist();
        // the history says that and how it was rated; the comment stays in dossier_rating
        String details = new String(EventJson.write(Map.of("score", score, "withComment", kept != null)), StandardCharsets.UTF_8);
        changes.append(after.id(), new HistoryEntry(after.sequence(), "rate", before.status().name(), after.status().name(), now,
                PIN_HOLDER, "PIN_HOLDER", null, null, details));
        changes.publish(after, DossierEventType.RATED, now);
        return PublicOutcome.answered(new RatingReceipt(after.code(), score, now));
    }

    /**
     * The dossier, if the code and PIN match it and neither the client nor the code is throttled. Every
     * attempt on one code takes its turn; a miss costs a PBKDF2 run whether the code exists or not, and is
     * recorded for both limits.
     */
    private PublicOutcome<DossierEntity> authenticate(String code, String pin, String client, Instant now) {
        throttle.lockCode(code);
        Optional<LookupThrottle.Refusal> refusal = throttle.check(code, client, now);
        if (refusal.isPresent()) {
            return PublicOutcome.throttle(refusal.get());
        }
        // one query whether or not the code exists, so both misses take the same path
        Optional<DossierPins.PinnedDossier> found = storedPins.ofCode(code);
        if (!pins.matches(pin, found.map(DossierPins.PinnedDossier::hashOrNull).orElse(null))) {
            throttle.recordFailure(code, client, now);
            return PublicOutcome.deny();
        }
        return PublicOutcome.answered(DossierEntity.findById(found.get().dossierId()));
    }

    private PublicDossier publicView(DossierState state) {
        ProcedureReplicaEntity procedure = ProcedureReplicaEntity.findById(state.procedureCode());
        UnitReplicaEntity unit = UnitReplicaEntity.findById(state.receivingUnitCode());
        return new PublicDossier(state, procedure == null ? state.procedureCode() : procedure.name,
                unit == null ? state.receivingUnitCode() : unit.name,
                resultRows.factsOf(state));
    }

    private static <T> PublicOutcome<T> carry(PublicOutcome<?> failed) {
        return failed.denied() ? PublicOutcome.deny() : PublicOutcome.throttle(failed.throttled());
    }
}
