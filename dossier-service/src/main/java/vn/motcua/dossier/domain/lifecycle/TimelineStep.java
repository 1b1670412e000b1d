package vn.motcua.dossier.domain.lifecycle;

import java.time.Instant;

/**
 * One step of a dossier's timeline as a legacy system recorded it: the action by its path name
 * ({@code submit}, {@code receive}, then those of {@link DossierAction}), when it happened, and what it said.
 */
public record TimelineStep(String action, Instant at, ActionCommand command) {

    public TimelineStep {
        command = command == null ? ActionCommand.none() : command;
    }
}
