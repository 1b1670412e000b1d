package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.files.FileCounts;
import vn.motcua.dossier.domain.files.FileOrigin;
import vn.motcua.dossier.domain.intake.Admissible;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.CounterRefusalCommand;
import vn.motcua.dossier.domain.intake.HandIn;
import vn.motcua.dossier.domain.intake.HandedIn;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.intake.IntakeDecision;
import vn.motcua.dossier.domain.intake.IntakeRefused;
import vn.motcua.dossier.domain.intake.IntakeRulebook;
import vn.motcua.dossier.domain.intake.Receiver;
import vn.motcua.dossier.domain.intake.Representative;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DocumentFiles;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.ResultFile;
import vn.motcua.dossier.domain.lifecycle.Transition;
import vn.motcua.dossier.persistence.ApplicantEntity;
import vn.motcua.dossier.persistence.DossierCodeCounter;
import vn.motcua.dossier.persistence.DossierDocuments;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.DossierFileRows;
import vn.motcua.dossier.persistence.DossierImports;
import vn.motcua.dossier.persistence.DossierResultRows;
import vn.motcua.dossier.persistence.DossierWorklist;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.rules.ExpectedVersion;
import vn.motcua.platform.rules.Refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Dossier intake, actions, reading and worklists. Each change stores the new state, a history entry and
 * the lifecycle event (in the outbox) in one transaction; two conflicting changes of one dossier cannot
 * both commit (optimistic locking).
 */
@ApplicationScoped
@Transactional
public class DossierService {

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    EntityManager entityManager;

    @Inject
    CalendarService calendars;

    @Inject
    DossierChanges changes;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReceiptPins receiptPins;

    @Inject
    IssuedPin issued;

    @Inject
    DossierDocuments dossierDocuments;

    @Inject
    DossierCodeCounter codeCounter;

    @Inject
    DossierWorklist worklists;

    @Inject
    DossierFileRows fileRows;

    @Inject
    DossierImports imports;

    @Inject
    DossierResultRows resultRows;

    @Measured
    @IdempotentUseCase
    public DossierDetails intake(IntakeCommand command) {
        HandIn handIn = IntakeReferences.handIn(command, receiver());
        Admissible admissible = admitted(IntakeRulebook.LIVE.decide(handIn));
        // drawn and hashed before the code is numbered, whose counter row stays locked until commit
        ReceiptPins.DrawnPin pin = receiptPins.draw();
        Instant now = clock.instant();
        HandedIn handedIn = admissible.handIn(UUID.randomUUID(), nextCode(admissible, now), now, lifecycle());
        DossierEntity row = store(handedIn, command, ActionCommand.none(), now);
        // the lookup PIN: its hash is kept, the PIN itself goes only to this intake's answer (ReceiptHandoverFilter)
        receiptPins.issue(pin, row.id, now);
        DossierDetails received = details(row, procedureName(row.procedureCode));
        issued.remember(received);
        return received;
    }

    /**
     * A dossier handed in at the counter and refused there (Mẫu 03): numbered from the unit's daily
     * sequence like every dossier handed in, but never received, so it has no PIN, no receipt and no due time.
     */
    @Measured
    @IdempotentUseCase
    public DossierDetails refuseAtCounter(CounterRefusalCommand command) {
        if (!caller.hasRole(Roles.OFFICER)) {
            throw Refusal.notAllowed("Only an officer of the receiving unit refuses a dossier at the counter.");
        }
        HandIn handIn = IntakeReferences.handIn(command.handedIn(), new Receiver.CounterOfficer(caller.unitCode()))
                .refusedBecause(command.why());
        Admissible admissible = admitted(IntakeRulebook.COUNTER_REFUSAL.decide(handIn));
        Instant now = clock.instant();
        HandedIn handedIn = admissible.refuseAtCounter(UUID.randomUUID(), nextCode(admissible, now), now, command.why(),
                lifecycle());
        DossierEntity row = store(handedIn, command.handedIn(), command.why(), now);
        return details(row, procedureName(row.procedureCode));
    }

    /** Stores a dossier just handed in: its row, applicant and documents, its first history entry and event. */
    private DossierEntity store(HandedIn handedIn, IntakeCommand command, ActionCommand said, Instant now) {
        DossierState state = handedIn.dossier();
        DossierEntity row = new DossierEntity();
        DossierMapping.write(state, row, now);
        row.persist();
        changes.storeApplicant(state.id(), command.applicant());
        changes.storeDocuments(state.id(), command.documents());
        entityManager.flush();
        record(state, handedIn.action(), null, said, handedIn.by(), now);
        // its files come afterwards, each with an event of its own
        changes.publish(state, handedIn.event(), now, FileCounts.NONE);
        return row;
    }

    /** The admissible hand-in, or the request's refusal with the reasons the rulebook found. */
    private static Admissible admitted(IntakeDecision decision) {
        if (decision instanceof IntakeRefused refused) {
            throw refused.toRefusal();
        }
        return (Admissible) decision;
    }

    /** Who hands the dossier in: an officer at the counter, or a citizen online. */
    private Receiver receiver() {
        if (caller.hasRole(Roles.OFFICER)) {
            return new Receiver.CounterOfficer(caller.unitCode());
        }
        if (caller.hasRole(Roles.CITIZEN)) {
            return new Receiver.OnlineCitizen(caller.subject());
        }
        throw Refusal.notAllowed("Dossiers are received by officers at the counter or submitted online by citizens.");
    }

    @Measured
    @IdempotentUseCase
    public DossierDetails act(UUID id, String actionName, ActionCommand command, OptionalLong ifMatch) {
        DossierAction action = DossierAction.ofPathName(actionName)
                .filter(known -> known != DossierAction.OVERDUE)
                .orElseThrow(() -> Refusal.notFound("action", actionName + " (actions: " + String.join(", ",
                        java.util.Arrays.stream(DossierAction.values()).filter(a -> a != DossierAction.OVERDUE)
                                .map(DossierAction::pathName).toList()) + ")"));
        DossierEntity row = visible(id);
        ExpectedVersion.requireCurrent(ifMatch, row.revision, "Dossier " + row.code);
        DossierState before = DossierMapping.toState(row);
        Set<DossierRole> roles = rolesOf(before);
        Instant now = clock.instant();
        Transition transition;
        try {
            // the stored files decide whether an online dossier may be accepted, or its owner provide a supplement
            transition = lifecycle().apply(before, action, command, roles, documentFiles(id), now);
        } catch (ActionRefused refused) {
            throw refused.toRefusal();
        }
        DossierMapping.write(transition.after(), row, now);
        entityManager.flush();
        record(transition.after(), action.pathName(), before.status(), command, roles.iterator().next(), now);
        publish(transition.after(), transition.event(), now);
        return details(row, procedureName(row.procedureCode));
    }

    /**
     * The dossier's documents and their stored files, and whether its result file is stored; an imported dossier's
     * declared files were received elsewhere, but a result it is given live is issued here.
     */
    private DocumentFiles documentFiles(UUID id) {
        List<DocumentFiles.Document> documents = fileRows.documentsWithFiles(id);
        DocumentFiles files = imports.wasImported(id) ? DocumentFiles.imported(documents) : DocumentFiles.of(documents);
        return files.withResult(resultRows.signedIfStored(id).isPresent() ? ResultFile.STORED : ResultFile.NOT_STORED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DossierDetails get(UUID id) {
        DossierEntity row = visible(id);
        return details(row, procedureName(row.procedureCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(UUID id) {
        visible(id);
        return changes.history(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DossierDetails> worklist(WorklistQuery query) {
        DossierWorklist.Audience audience;
        if (caller.hasRole(Roles.PROVINCE_ADMIN)) {
            audience = DossierWorklist.Audience.everyDossier();
        } else if (caller.hasRole(Roles.OFFICER) && caller.unitCode().isPresent()) {
            audience = DossierWorklist.Audience.ofUnit(caller.unitCode().get());
        } else if (caller.hasRole(Roles.CITIZEN)) {
            audience = DossierWorklist.Audience.ownedBy(caller.subject());
        } else {
            throw Refusal.notAllowed("Worklists are for officers of a unit and citizens' own dossiers.");
        }
        Instant dueBefore = query.dueBefore() == null ? null
                : query.dueBefore().atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant();
        DossierWorklist.Found found = worklists.page(audience, new DossierWorklist.Filter(query.code(), query.status(),
                query.procedureCode(), query.overdue(), dueBefore, clock.instant()), query.page(), query.size());
        Map<String, String> names = procedureNames();
        List<DossierDetails> items = new ArrayList<>();
        for (DossierEntity row : found.dossiers()) {
            items.add(details(row, names.getOrDefault(row.procedureCode, row.procedureCode)));
        }
        return new Page<>(items, query.page(), query.size(), found.total());
    }

    /**
     * How the caller stands to a dossier they may see: its state and their roles. With {@code lock}, the dossier's
     * row is held until the transaction ends, so that changes to what belongs to it (its files) come one at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierStanding standing(UUID id, boolean lock) {
        if (lock) {
            DossierEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
        DossierState state = DossierMapping.toState(visible(id));
        return new DossierStanding(state, rolesOf(state));
    }

    /**
     * What storing a file changes in its dossier, in the caller's transaction with the dossier held
     * ({@link #standing(UUID, boolean)} with {@code lock}), after the file's row was written: the dossier one event
     * further, its status unchanged (its version, the ETag, changes as with any change), a history entry and the
     * {@code file-attached} event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void fileAttached(DossierState before, int position, FileOrigin origin, String sha256, Instant at) {
        DossierEntity row = DossierEntity.findById(before.id());
        DossierState after = before.afterFileAttached();
        DossierMapping.write(after, row, at);
        entityManager.flush();
        changes.fileAttached(after, position, origin, sha256, caller.subject(), at);
    }

    /**
     * What storing the dossier's result file changes in it, in the caller's transaction with the dossier held: its
     * version (the ETag) moves on, so that an action read before the upload, or a {@code resolve} racing it, is
     * refused and read again; its status and sequence stay, no history entry or event is written. The result is not
     * issued until the dossier is resolved, whose event says whether it is stored and signed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void resultStored(UUID id, Instant at) {
        DossierEntity row = DossierEntity.findById(id);
        row.updatedAt = at;
        // the version moves on even when nothing else in the row did (a clock that stands still in tests)
        entityManager.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    /** The dossier, if the caller may see it: an officer of its receiving or competent unit, its owner, a province admin. */
    private DossierEntity visible(UUID id) {
        DossierEntity row = DossierEntity.findById(id);
        if (row == null) {
            throw Refusal.notFound("dossier", id.toString());
        }
        if (caller.hasRole(Roles.PROVINCE_ADMIN) || !rolesOf(DossierMapping.toState(row)).isEmpty()) {
            return row;
        }
        throw Refusal.notAllowed("This dossier belongs to other units; officers see the dossiers their unit"
                + " received or decides.");
    }

    private Set<DossierRole> rolesOf(DossierState dossier) {
        Set<DossierRole> roles = EnumSet.noneOf(DossierRole.class);
        if (caller.actsFor(dossier.receivingUnitCode())) {
            roles.add(DossierRole.RECEIVING_OFFICER);
        }
        if (caller.actsFor(dossier.competentUnitCode())) {
            roles.add(DossierRole.COMPETENT_OFFICER);
        }
        if (caller.hasRole(Roles.CITIZEN) && caller.subject().equals(dossier.ownerSubject())) {
            roles.add(DossierRole.OWNER);
        }
        return roles;
    }

    private Lifecycle lifecycle() {
        return new Lifecycle(new DueTimePolicy(calendars.workingCalendar()));
    }

    private void record(DossierState state, String action, DossierStatus from, ActionCommand command, DossierRole role, Instant now) {
        changes.record(state, action, from, command, caller.subject(), role.name(), now);
    }

    private void publish(DossierState state, DossierEventType type, Instant now) {
        changes.publish(state, type, now);
    }

    private DossierDetails details(DossierEntity row, String procedureName) {
        DossierState state = DossierMapping.toState(row);
        ApplicantEntity person = ApplicantEntity.findById(row.id);
        Applicant applicant = person == null ? null : new Applicant(ApplicantKind.valueOf(person.kind), person.fullName,
                person.citizenId, person.organisationName, person.taxCode, person.phone, person.address, person.email,
                person.representativeCapacity == null ? null : new Representative(person.representativeName,
                        person.representativeCitizenId, RepresentativeCapacity.valueOf(person.representativeCapacity)));
        return new DossierDetails(state, procedureName, applicant, dossierDocuments.of(row.id),
                Lifecycle.allowedActions(state, rolesOf(state), waitsForFiles(state) ? documentFiles(row.id)
                        : DocumentFiles.PREDATING_STORAGE), row.revision);
    }

    /** Whether the actions open to an online dossier now depend on its stored files (acceptance, the owner's supplement). */
    private static boolean waitsForFiles(DossierState state) {
        return state.channel() == Channel.ONLINE
                && (state.status() == DossierStatus.SUBMITTED || state.status() == DossierStatus.SUPPLEMENT_REQUESTED);
    }

    /** The next code of the receiving unit for the day: agency code, yymmdd, a gap-free daily sequence. */
    private String nextCode(Admissible admissible, Instant now) {
        UnitReplicaEntity receiving = UnitReplicaEntity.findById(admissible.receivingUnitCode());
        LocalDate day = now.atZone(ClockProducer.PROVINCE_ZONE).toLocalDate();
        // the row lock of the upsert makes concurrent intakes of one unit and day take turns; a rollback gives the number back
        int value = codeCounter.next(receiving.code, day);
        return receiving.agencyCode + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", value);
    }

    private static String procedureName(String code) {
        ProcedureReplicaEntity procedure = ProcedureReplicaEntity.findById(code);
        return procedure == null ? code : procedure.name;
    }

    private static Map<String, String> procedureNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (ProcedureReplicaEntity procedure : ProcedureReplicaEntity.<ProcedureReplicaEntity>listAll()) {
            names.put(procedure.code, procedure.name);
        }
        return names;
    }
}
