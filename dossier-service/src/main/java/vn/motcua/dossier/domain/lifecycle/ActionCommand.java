package vn.motcua.dossier.domain.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * What an officer (or citizen) says with an action: the reason, a reason code for statistics, the
 * documents missing (supplement request), the outcome and whether the result is a file (resolve), the
 * new appointment (reschedule). Each action reads the parts it needs.
 *
 * @param reasonCode a short code for statistics and events, such as {@code INCOMPLETE}; the free-text
 *                   reason stays in the history and never travels in an event
 */
public record ActionCommand(
        String reason,
        String reasonCode,
        List<String> missingDocuments,
        Outcome outcome,
        Boolean resultAsFile,
        Instant newAppointmentAt) {

    public ActionCommand {
        missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
    }

    public static ActionCommand none() {
        return new ActionCommand(null, null, List.of(), null, null, null);
    }
}
