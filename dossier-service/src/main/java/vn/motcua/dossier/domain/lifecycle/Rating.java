package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's rating of how a dossier was handled (DOMAIN.md: "rate (1-5, optional comment) |
 * RETURNED, once | citizen with the receipt PIN | unchanged"). The score is published with the
 * dossier's next event; the comment is free text that may name people, so it stays in this service.
 */
public final class Rating {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 1000;

    private Rating() {
    }

    /** What is wrong with a score and comment, whatever the dossier: each problem names its field. */
    public static List<Violation> problems(Integer score, String comment) {
        List<Violation> problems = new ArrayList<>();
        if (score == null) {
            problems.add(new Violation("score", "is required: a whole number from 1 to 5"));
        } else if (score < MIN_SCORE || score > MAX_SCORE) {
            problems.add(new Violation("score", "must be a whole number from 1 to 5"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new Violation("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        return problems;
    }

    /**
     * The dossier after the rating: its status unchanged, the score set and the sequence advanced by one.
     * Refused when the result has not been handed over yet, or the dossier was rated before.
     */
    public static DossierState rate(DossierState dossier, int score) {
        List<Violation> problems = problems(score, null);
        if (!problems.isEmpty()) {
            throw new ActionRefused(ActionRefused.Kind.INVALID_COMMAND, "The rating is not valid", List.of(), problems);
        }
        if (dossier.status() != DossierStatus.RETURNED) {
            throw new ActionRefused(ActionRefused.Kind.WRONG_STATUS, "A dossier is rated once its result has been handed over"
                    + " (RETURNED); this one is " + dossier.status() + ".", List.of(), List.of());
        }
        if (dossier.rating() != null) {
            throw new ActionRefused(ActionRefused.Kind.WRONG_STATUS, "This dossier has been rated already; a dossier is rated once.",
                    List.of(), List.of());
        }
        return new DossierState(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.fieldCode(),
                dossier.processingTime(), dossier.receivingUnitCode(), dossier.competentUnitCode(), dossier.channel(),
                dossier.ownerSubject(), dossier.applicant(), dossier.status(), dossier.submittedAt(), dossier.receivedAt(), dossier.deadline(),
                dossier.pausedSince(), dossier.resolvedAt(), dossier.outcome(), dossier.resultAsFile(), dossier.timeliness(),
                dossier.newAppointmentAt(), dossier.reasonCode(), dossier.missingDocuments(), dossier.overdueNotified(), score,
                dossier.documentsTotal(), dossier.documentsAsFiles(), dossier.sequence() + 1);
    }
}
