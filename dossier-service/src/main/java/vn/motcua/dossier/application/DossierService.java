package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.intake.Admissible;
import vn.motcua.dossier.domain.intake.Applicant;
import vn.motcua.dossier.domain.intake.HandIn;
import vn.motcua.dossier.domain.intake.HandedIn;
import vn.motcua.dossier.domain.intake.IntakeCommand;
import vn.motcua.dossier.domain.intake.IntakeDecision;
import vn.motcua.dossier.domain.intake.IntakeRefused;
import vn.motcua.dossier.domain.intake.IntakeRulebook;
import vn.motcua.dossier.domain.intake.ReceivedAs;
import vn.motcua.dossier.domain.intake.ReceivedDocument;
import vn.motcua.dossier.domain.intake.Receiver;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.ActionRefused;
import vn.motcua.dossier.domain.lifecycle.DossierAction;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.dossier.domain.lifecycle.Transition;
import vn.motcua.dossier.persistence.ApplicantEntity;
import vn.motcua.dossier.persistence.DossierEntity;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.Page;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.security.Roles;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.rules.ExpectedVersion;
import vn.motcua.platform.rules.Refusal;

import java.sql.Timestamp;
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

    @Measured
    @IdempotentUseCase
    public DossierDetails intake(IntakeCommand command) {
        HandIn handIn = IntakeReferences.handIn(command, receiver());
        IntakeDecision decision = IntakeRulebook.LIVE.decide(handIn);
        if (decision instanceof IntakeRefused refused) {
            throw refused.toRefusal();
        }
        Admissible admissible = (Admissible) decision;
        // drawn and hashed before the code is numbered, whose counter row stays locked until commit
        ReceiptPins.DrawnPin pin = receiptPins.draw();
        Instant now = clock.instant();
        UnitReplicaEntity receiving = UnitReplicaEntity.findById(admissible.receivingUnitCode());
        HandedIn handedIn = admissible.handIn(UUID.randomUUID(), nextCode(receiving, now), now, lifecycle());
        DossierState state = handedIn.dossier();
        DossierEntity row = new DossierEntity();
        DossierMapping.write(state, row, now);
        row.persist();
        changes.storeApplicant(state.id(), command.applicant());
        changes.storeDocuments(state.id(), command.documents());
        entityManager.flush();
        // the lookup PIN: its hash is kept, the PIN itself goes only to this intake's answer (ReceiptHandoverFilter)
        receiptPins.issue(pin, state.id(), now);
        record(state, handedIn.action(), null, ActionCommand.none(), handedIn.by(), now);
        publish(state, handedIn.event(), now);
        DossierDetails received = details(row, procedureName(state.procedureCode()));
        issued.remember(received);
        return received;
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
            transition = lifecycle().apply(before, action, command, roles, now);
        } catch (ActionRefused refused) {
            throw refused.toRefusal();
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT sequence, action, from_status, to_status, occurred_at, actor_subject, actor_role, reason, reason_code, details::text
                  FROM dossier_history WHERE dossier_id = ? ORDER BY sequence""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new HistoryEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9])).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DossierDetails> worklist(WorklistQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ");
        if (caller.hasRole(Roles.PROVINCE_ADMIN)) {
            where.append("TRUE");
        } else if (caller.hasRole(Roles.OFFICER) && caller.unitCode().isPresent()) {
            where.append("(d.receiving_unit_code = ? OR d.competent_unit_code = ?)");
            parameters.add(caller.unitCode().get());
            parameters.add(caller.unitCode().get());
        } else if (caller.hasRole(Roles.CITIZEN)) {
            where.append("d.owner_subject = ?");
            parameters.add(caller.subject());
        } else {
            throw Refusal.notAllowed("Worklists are for officers of a unit and citizens' own dossiers.");
        }
        if (query.code() != null && !query.code().isBlank()) {
            where.append(" AND d.code LIKE ?");
            parameters.add(query.code().strip().replace("%", "").replace("_", "\\_") + "%");
        }
        if (query.status() != null) {
            where.append(" AND d.status = ?");
            parameters.add(query.status().name());
        }
        if (query.procedureCode() != null && !query.procedureCode().isBlank()) {
            where.append(" AND d.procedure_code = ?");
            parameters.add(query.procedureCode().strip());
        }
        Timestamp now = Timestamp.from(clock.instant());
        String open = "d.status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'SUSPENDED')";
        if (Boolean.TRUE.equals(query.overdue())) {
            where.append(" AND ").append(open).append(" AND d.due_at < ?");
            parameters.add(now);
        } else if (Boolean.FALSE.equals(query.overdue())) {
            where.append(" AND NOT (").append(open).append(" AND d.due_at < ?)");
            parameters.add(now);
        }
        if (query.dueBefore() != null) {
            where.append(" AND d.due_at < ?");
            parameters.add(Timestamp.from(query.dueBefore().atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant()));
        }
        long total = ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM dossier d" + where), parameters)
                .getSingleResult()).longValue();
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(entityManager.createNativeQuery("SELECT d.id FROM dossier d" + where
                + " ORDER BY d.due_at NULLS LAST, d.code LIMIT ? OFFSET ?"), paged).getResultList();
        Map<String, String> names = procedureNames();
        List<DossierDetails> items = new ArrayList<>();
        for (UUID id : ids) {
            DossierEntity row = DossierEntity.findById(id);
            items.add(details(row, names.getOrDefault(row.procedureCode, row.procedureCode)));
        }
        return new Page<>(items, query.page(), query.size(), total);
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
        Applicant applicant = person == null ? null
                : new Applicant(person.fullName, person.citizenId, person.phone, person.address, person.email);
        @SuppressWarnings("unchecked")
        List<Object[]> documentRows = entityManager.createNativeQuery(
                "SELECT name, received_as, file_name, size_bytes, sha256 FROM dossier_document WHERE dossier_id = ? ORDER BY position")
                .setParameter(1, row.id).getResultList();
        List<ReceivedDocument> documents = documentRows.stream().map(r -> new ReceivedDocument((String) r[0],
                ReceivedAs.valueOf((String) r[1]), (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4]))
                .toList();
        return new DossierDetails(state, procedureName, applicant, documents, Lifecycle.allowedActions(state, rolesOf(state)),
                row.revision);
    }

    /** The next code of the receiving unit for the day: agency code, yymmdd, a gap-free daily sequence. */
    private String nextCode(UnitReplicaEntity receiving, Instant now) {
        LocalDate day = now.atZone(ClockProducer.PROVINCE_ZONE).toLocalDate();
        // the row lock of the upsert makes concurrent intakes of one unit and day take turns; a rollback gives the number back
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO dossier_code_counter AS counter (unit_code, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (unit_code, day) DO UPDATE SET last_value = counter.last_value + 1
                RETURNING last_value""").setParameter(1, receiving.code).setParameter(2, day).getSingleResult();
        return receiving.agencyCode + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", value.intValue());
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

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
