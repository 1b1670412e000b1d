package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.ProcessingTimeUnit;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.IntakeViolation;
import vn.motcua.dossier.domain.intake.ReceivedAs;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.Transition;
import vn.motcua.dossier.persistence.ApplicantEntity;
import vn.motcua.dossier.persistence.DossierCodeCounter;
import vn.motcua.dossier.persistence.DossierDocuments;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.DossierWorklist;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.rules.ExpectedVersion;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    private static final Set<DossierStatus> OPEN = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT, DossierStatus.SUSPENDED);

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

    @Measured
    public DossierDetails intake(IntakeCommand command) {
        boolean online = caller.hasRole(Roles.CITIZEN) && !caller.hasRole(Roles.OFFICER);
        if (!online && !caller.hasRole(Roles.OFFICER)) {
            throw ProblemException.forbidden("Dossiers are received by officers at the counter or submitted online by citizens.");
        }
        Channel channel = online ? Channel.ONLINE : command.channel() == null ? Channel.COUNTER : command.channel();
        List<Violation> errors = new ArrayList<>();
        if (command.procedureCode() == null || command.procedureCode().isBlank()) {
            errors.add(new Violation("procedureCode", "is required"));
        }
        if (command.receivingUnitCode() == null || command.receivingUnitCode().isBlank()) {
            errors.add(new Violation("receivingUnitCode", "is required"));
        }
        if (!online && channel == Channel.ONLINE) {
            errors.add(new Violation("channel", "an officer receives at the COUNTER or by POST; ONLINE is a citizen's own submission"));
        }
        if (command.applicant() == null) {
            errors.add(new Violation("applicant", "is required"));
        } else {
            command.applicant().violations().forEach(v -> errors.add(new Violation("applicant." + v.field(), v.message())));
        }
        List<ReceivedDocument> documents = command.documents() == null ? List.of() : command.documents();
        if (documents.isEmpty()) {
            errors.add(new Violation("documents", "must list the documents received (the procedure's checklist)"));
        } else if (documents.size() > 50) {
            errors.add(new Violation("documents", "must have at most 50 entries"));
        }
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            if (documents.get(i) == null) {
                errors.add(new Violation(at, "is required"));
                continue;
            }
            for (IntakeViolation violation : documents.get(i).violations()) {
                errors.add(new Violation(violation.under(at).field(), violation.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String competentCode = command.competentUnitCode() == null || command.competentUnitCode().isBlank()
                ? command.receivingUnitCode() : command.competentUnitCode();
        ProcedureReplicaEntity procedure = ProcedureReplicaEntity.findById(command.procedureCode());
        if (procedure == null || !procedure.isActive()) {
            throw ProblemException.unprocessable("procedureCode", procedure == null
                    ? "no procedure " + command.procedureCode() + " is in the catalogue"
                    : "procedure " + command.procedureCode() + " is withdrawn and takes no new dossiers");
        }
        UnitReplicaEntity receiving = activeUnit("receivingUnitCode", command.receivingUnitCode());
        UnitReplicaEntity competent = activeUnit("competentUnitCode", competentCode);
        String competentLevel = "PROVINCE".equals(competent.kind) ? "PROVINCE" : "COMMUNE";
        if (!List.of(procedure.levels.split(",")).contains(competentLevel)) {
            throw ProblemException.unprocessable("competentUnitCode", "procedure " + procedure.code + " is carried out at "
                    + procedure.levels + " level, not by a " + competentLevel.toLowerCase() + " unit");
        }
        if (!online && !caller.actsFor(receiving.code)) {
            throw ProblemException.forbidden("Only an officer of unit " + receiving.code + " receives dossiers for its centre.");
        }

        // drawn and hashed (slow on purpose) before the code is numbered, whose counter row stays locked until commit
        ReceiptPins.DrawnPin pin = receiptPins.draw();
        Instant now = clock.instant();
        int asFiles = (int) documents.stream().filter(d -> d.receivedAs() == ReceivedAs.FILE).count();
        DossierState submitted = new DossierState(UUID.randomUUID(), nextCode(receiving, now), procedure.code,
                procedure.fieldCode, processingTimeOf(procedure), receiving.code, competent.code, channel,
                online ? caller.subject() : null, DossierStatus.SUBMITTED, now, null, null, null, null, null, null, null, null,
                null, List.of(), false, null, documents.size(), asFiles, 0);
        Lifecycle lifecycle = lifecycle();
        DossierState state;
        DossierEventType event;
        if (online) {
            state = new DossierState(submitted.id(), submitted.code(), submitted.procedureCode(), submitted.fieldCode(),
                    submitted.processingTime(), submitted.receivingUnitCode(), submitted.competentUnitCode(), channel,
                    submitted.ownerSubject(), DossierStatus.SUBMITTED, now, null, null, null, null, null, null, null, null, null,
                    List.of(), false, null, documents.size(), asFiles, 1);
            event = DossierEventType.SUBMITTED;
        } else {
            // at the counter the dossier is received at once: the clock starts and the due time is fixed
            Transition received = lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(),
                    Set.of(DossierRole.RECEIVING_OFFICER), now);
            state = received.after();
            event = DossierEventType.RECEIVED;
        }
        DossierEntity row = new DossierEntity();
        DossierMapping.write(state, row, now);
        row.persist();
        changes.storeApplicant(state.id(), command.applicant());
        changes.storeDocuments(state.id(), documents);
        entityManager.flush();
        // the lookup PIN: its hash is kept, the PIN itself goes only to this intake's answer (ReceiptHandoverFilter)
        receiptPins.issue(pin, state.id(), now);
        record(state, online ? "submit" : "receive", null, ActionCommand.none(), online ? DossierRole.OWNER : DossierRole.RECEIVING_OFFICER, now);
        publish(state, event, now);
        DossierDetails received = details(row, procedure.name);
        issued.remember(received);
        return received;
    }

    @Measured
    public DossierDetails act(UUID id, String actionName, ActionCommand command, OptionalLong ifMatch) {
        DossierAction action = DossierAction.ofPathName(actionName)
                .filter(known -> known != DossierAction.OVERDUE)
                .orElseThrow(() -> ProblemException.notFound("action", actionName + " (actions: " + String.join(", ",
                        java.util.Arrays.stream(DossierAction.values()).filter(a -> a != DossierAction.OVERDUE)
                                .map(DossierAction::pathName).toList()) + ")"));
        DossierEntity row = visible(id);
        ExpectedVersion.requireCurrent(ifMatch, row.revision, "Dossier " + row.code);
        DossierState before = DossierMapping.toState(row);
        Set<DossierRole> roles = rolesOf(before);
        Instant now = clock.instant();
        Transition transition;
        try {
            transition = lifecycle().apply(before, action, command, roles, now);
        } catch (ActionRefused refused) {
            throw problemOf(refused);
        }
        DossierMapping.write(transition.after(), row, now);
        entityManager.flush();
        record(transition.after(), action.pathName(), before.status(), command, roles.iterator().next(), now);
        publish(transition.after(), transition.event(), now);
        return details(row, procedureName(row.procedureCode));
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
            throw ProblemException.forbidden("Worklists are for officers of a unit and citizens' own dossiers.");
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

    /** The dossier, if the caller may see it: an officer of its receiving or competent unit, its owner, a province admin. */
    private DossierEntity visible(UUID id) {
        DossierEntity row = DossierEntity.findById(id);
        if (row == null) {
            throw ProblemException.notFound("dossier", id.toString());
        }
        if (caller.hasRole(Roles.PROVINCE_ADMIN) || !rolesOf(DossierMapping.toState(row)).isEmpty()) {
            return row;
        }
        throw ProblemException.forbidden("This dossier belongs to other units; officers see the dossiers their unit"
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

    private static ProblemException problemOf(ActionRefused refused) {
        List<String> allowed = refused.allowed().stream().map(DossierAction::pathName).toList();
        return switch (refused.kind()) {
            case WRONG_STATUS -> new ProblemException(ProblemType.CONFLICT, 409, refused.getMessage(),
                    List.of(new Violation("action", allowed.isEmpty() ? "no action is open to you now"
                            : "allowed now: " + String.join(", ", allowed))), Map.of());
            case WRONG_ROLE -> ProblemException.forbidden(refused.getMessage());
            case INVALID_COMMAND -> ProblemException.invalid(refused.problems().stream()
                    .map(p -> new Violation(p.field(), p.message())).toList());
        };
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
        Applicant applicant = person == null ? null
                : new Applicant(person.fullName, person.citizenId, person.phone, person.address, person.email);
        return new DossierDetails(state, procedureName, applicant, dossierDocuments.of(row.id),
                Lifecycle.allowedActions(state, rolesOf(state)), row.revision);
    }

    /** The next code of the receiving unit for the day: agency code, yymmdd, a gap-free daily sequence. */
    private String nextCode(UnitReplicaEntity receiving, Instant now) {
        LocalDate day = now.atZone(ClockProducer.PROVINCE_ZONE).toLocalDate();
        // the row lock of the upsert makes concurrent intakes of one unit and day take turns; a rollback gives the number back
        int value = codeCounter.next(receiving.code, day);
        return receiving.agencyCode + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", value);
    }

    private static UnitReplicaEntity activeUnit(String field, String code) {
        UnitReplicaEntity unit = UnitReplicaEntity.findById(code);
        if (unit == null || !unit.isActive()) {
            throw ProblemException.unprocessable(field, unit == null ? "no unit " + code + " is known" : "unit " + code + " is no longer active");
        }
        return unit;
    }

    private static ProcessingTime processingTimeOf(ProcedureReplicaEntity procedure) {
        return ProcessingTime.of(ProcessingTimeUnit.valueOf(procedure.processingUnit), procedure.processingAmount,
                procedure.cutoffTime == null ? null : LocalTime.parse(procedure.cutoffTime));
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
