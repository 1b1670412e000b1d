package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.ApplicantProfile;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.TimelineReplay;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A hand-in that intake takes: the procedure, units, channel and owner it settled on, ready to become
 * a dossier once it has an id and a code.
 *
 * @param ownerSubject the citizen who submitted it online; null for a dossier handed in on paper
 */
public record Admissible(IntakeProcedure procedure, String receivingUnitCode, String competentUnitCode, Channel channel,
                         String ownerSubject, ApplicantProfile applicant, Receiver receiver, int documentsTotal,
                         int documentsAsFiles)
        implements IntakeDecision {

    /** What intake settles on for a hand-in whose procedure is known, whether or not every other rule holds. */
    public static Optional<Admissible> draft(HandIn handIn) {
        return handIn.procedure().map(procedure -> of(handIn, procedure));
    }

    static Admissible of(HandIn handIn) {
        return of(handIn, handIn.procedure().orElseThrow());
    }

    private static Admissible of(HandIn handIn, IntakeProcedure procedure) {
        IntakeCommand command = handIn.command();
        Channel channel;
        String owner = null;
        if (handIn.receiver() instanceof Receiver.OnlineCitizen citizen) {
            channel = Channel.ONLINE;
            owner = citizen.subject();
        } else if (handIn.receiver() instanceof Receiver.LegacySystem legacy) {
            channel = command.channel();
            owner = HandIn.blank(legacy.ownerSubject()) ? null : legacy.ownerSubject();
        } else {
            channel = command.channel() == null ? Channel.COUNTER : command.channel();
        }
        List<ReceivedDocument> documents = command.documents() == null ? List.of() : command.documents();
        int asFiles = (int) documents.stream().filter(d -> d != null && d.receivedAs() == ReceivedAs.FILE).count();
        return new Admissible(procedure, command.receivingUnitCode(), handIn.competentUnitCode(), channel, owner,
                profile(command.applicant()), handIn.receiver(), documents.size(), asFiles);
    }

    /** The applicant as the public state tells it: the kind and who handed it in (a draft may lack an applicant). */
    private static ApplicantProfile profile(Applicant applicant) {
        return applicant == null ? ApplicantProfile.PERSON_IN_PERSON
                : new ApplicantProfile(applicant.effectiveKind(), applicant.representativeCapacity());
    }

    /** The dossier before anything happened to it: what a legacy timeline is replayed from. */
    public DossierState beforeReceipt(UUID id, String code) {
        return submitted(id, code, null, 0);
    }

    /**
     * The dossier handed in now: online it is SUBMITTED and awaits acceptance; at the counter it is
     * received at once, so its clock starts and its due time is fixed.
     */
    public HandedIn handIn(UUID id, String code, Instant now, Lifecycle lifecycle) {
        if (receiver instanceof Receiver.OnlineCitizen) {
            return new HandedIn(submitted(id, code, now, 1), DossierEventType.SUBMITTED, TimelineReplay.SUBMIT,
                    DossierRole.OWNER);
        }
        if (!(receiver instanceof Receiver.CounterOfficer)) {
            throw new IllegalStateException("a legacy dossier is replayed from its timeline, not handed in now");
        }
        DossierState received = lifecycle.apply(submitted(id, code, now, 0), DossierAction.ACCEPT, ActionCommand.none(),
                Set.of(DossierRole.RECEIVING_OFFICER), now).after();
        return new HandedIn(received, DossierEventType.RECEIVED, TimelineReplay.RECEIVE, DossierRole.RECEIVING_OFFICER);
    }

    /**
     * The dossier refused at the counter now (Mẫu 03): numbered like every dossier handed in, never
     * received (no clock, no due time), REFUSED from the start and counted under the unit that refused it.
     */
    public HandedIn refuseAtCounter(UUID id, String code, Instant now, ActionCommand why, Lifecycle lifecycle) {
        if (!(receiver instanceof Receiver.CounterOfficer)) {
            throw new IllegalStateException("only an officer at the counter refuses a dossier as it is handed in");
        }
        DossierState handedIn = submitted(id, code, receivingUnitCode, now, 0);
        DossierState refused = lifecycle.apply(handedIn, DossierAction.REFUSE, why, Set.of(DossierRole.RECEIVING_OFFICER),
                now).after();
        return new HandedIn(refused, DossierEventType.REFUSED, TimelineReplay.REFUSE_AT_COUNTER,
                DossierRole.RECEIVING_OFFICER);
    }

    private DossierState submitted(UUID id, String code, Instant submittedAt, long sequence) {
        return submitted(id, code, competentUnitCode, submittedAt, sequence);
    }

    private DossierState submitted(UUID id, String code, String competent, Instant submittedAt, long sequence) {
        return new DossierState(id, code, procedure.code(), procedure.fieldCode(), procedure.processingTime(),
                receivingUnitCode, competent, channel, ownerSubject, applicant, DossierStatus.SUBMITTED, submittedAt, null,
                null, null, null, null, null, null, null, null, List.of(), false, null, documentsTotal, documentsAsFiles,
                sequence);
    }
}
