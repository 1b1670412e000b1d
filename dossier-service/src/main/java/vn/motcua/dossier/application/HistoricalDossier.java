package vn.motcua.dossier.application;

import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.TimelineStep;
import vn.motcua.platform.events.Channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dossier from a legacy system, with its whole timeline, as the historical import reads one row.
 *
 * @param code         the legacy code, kept as the dossier's code
 * @param ownerSubject for an online dossier, the token subject of the citizen who submitted it, if known
 * @param dueAt        the due time the legacy system fixed at receipt; null to fix it by the calendar rules
 * @param timeline     the steps, oldest first: submit or receive, then the actions as they happened
 */
public record HistoricalDossier(String code, String procedureCode, String receivingUnitCode, String competentUnitCode,
                                Channel channel, Applicant applicant, List<ReceivedDocument> documents, String ownerSubject,
                                Instant dueAt, List<TimelineStep> timeline) {

    public HistoricalDossier {
        // copies that keep null entries: the import names them instead of failing on them
        documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
        timeline = timeline == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(timeline));
    }

    /** What was handed in, as intake's rules read it. */
    public IntakeCommand intakeCommand() {
        return new IntakeCommand(procedureCode, receivingUnitCode, competentUnitCode, channel, applicant, documents);
    }
}
