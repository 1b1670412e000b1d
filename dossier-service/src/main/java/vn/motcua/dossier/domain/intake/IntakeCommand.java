package vn.motcua.dossier.domain.intake;

import vn.motcua.platform.events.Channel;

import java.util.List;

/**
 * A dossier handed in: at the counter (or by post) by an officer of the receiving unit, or online by a
 * citizen.
 *
 * @param channel COUNTER or POST for an officer (COUNTER when absent); an online submission is ONLINE
 */
public record IntakeCommand(String procedureCode, String receivingUnitCode, String competentUnitCode, Channel channel,
                            Applicant applicant, List<ReceivedDocument> documents) {
}
