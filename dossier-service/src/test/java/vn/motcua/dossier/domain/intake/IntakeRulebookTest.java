package vn.motcua.dossier.domain.intake;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.SeededCalendars;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md's rules of intake, at the counter, online and by import, as the rulebooks apply them. */
class IntakeRulebookTest {

    private static final IntakeProcedure BIRTH = new IntakeProcedure("1.001193", "tu-phap-ho-tich",
            ProcessingTime.sameDay(java.time.LocalTime.of(15, 0)), Set.of(IntakeUnit.COMMUNE), true);
    private static final IntakeProcedure PROVINCIAL = new IntakeProcedure("1.004227.H40", "dat-dai",
            ProcessingTime.workingDays(10), Set.of(IntakeUnit.PROVINCE), true);
    private static final IntakeUnit LUONG_MINH = new IntakeUnit("16906", IntakeUnit.COMMUNE, true);
    private static final IntakeUnit MERGED = new IntakeUnit("16933", IntakeUnit.COMMUNE, false);
    private static final Applicant APPLICANT = Applicant.person("Lô Văn Minh", "040203001234", "0912345678",
            "Bản Xốp Mạt, xã Lượng Minh", null);
    private static final List<ReceivedDocument> CHECKLIST = List.of(
            new ReceivedDocument("Tờ khai đăng ký khai sinh", ReceivedAs.PAPER, null, null, null));
    private static final Instant MONDAY_9AM = OffsetDateTime.parse("2025-07-07T09:00:00+07:00").toInstant();

    private static final Receiver OFFICER_OF_LUONG_MINH = new Receiver.CounterOfficer(Optional.of("16906"));

    @Test
    void an_officer_of_the_centre_receives_a_complete_dossier_at_the_counter_and_its_clock_starts() {
        IntakeDecision decision = IntakeRulebook.LIVE.decide(handIn(command(BIRTH.code(), null, null), OFFICER_OF_LUONG_MINH));

        assertThat(decision).isInstanceOf(Admissible.class);
        HandedIn handedIn = ((Admissible) decision).handIn(UUID.randomUUID(), "000.00.01.H40-250707-0001", MONDAY_9AM, lifecycle());
        assertThat(handedIn.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(handedIn.dossier().channel()).isEqualTo(Channel.COUNTER);
        assertThat(handedIn.dossier().receivedAt()).isEqualTo(MONDAY_9AM);
        assertThat(handedIn.dossier().deadline()).isNotNull();
        assertThat(handedIn.dossier().ownerSubject()).isNull();
        assertThat(handedIn.event()).isEqualTo(DossierEventType.RECEIVED);
        assertThat(handedIn.by()).isEqualTo(DossierRole.RECEIVING_OFFICER);
    }

    @Test
    void a_citizen_submits_online_and_the_dossier_awaits_acceptance_without_a_clock() {
        IntakeDecision decision = IntakeRulebook.LIVE.decide(handIn(command(BIRTH.code(), null, null),
                new Receiver.OnlineCitizen("citizen-42")));

        HandedIn handedIn = ((Admissible) decision).handIn(UUID.randomUUID(), "X-250707-0002", MONDAY_9AM, lifecycle());
        assertThat(handedIn.dossier().status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(handedIn.dossier().channel()).isEqualTo(Channel.ONLINE);
        assertThat(handedIn.dossier().ownerSubject()).isEqualTo("citizen-42");
        assertThat(handedIn.dossier().deadline()).isNull();
        assertThat(handedIn.dossier().sequence()).isEqualTo(1);
        assertThat(handedIn.event()).isEqualTo(DossierEventType.SUBMITTED);
    }

    @Test
    void an_officer_does_not_hand_in_an_online_dossier() {
        assertRefused(IntakeRulebook.LIVE.decide(handIn(command(BIRTH.code(), null, Channel.ONLINE), OFFICER_OF_LUONG_MINH)),
                Refusal.Reason.INVALID, "channel");
    }

    @Test
    void a_dossier_names_its_procedure_its_centre_its_applicant_and_its_checklist() {
        IntakeCommand empty = new IntakeCommand(" ", null, null, null, null, List.of());

        assertRefused(IntakeRulebook.LIVE.decide(handIn(empty, OFFICER_OF_LUONG_MINH)), Refusal.Reason.INVALID,
                "procedureCode", "receivingUnitCode", "applicant", "documents");
    }

    @Test
    void the_checklist_has_at_most_fifty_documents_each_named() {
        List<ReceivedDocument> fiftyOne = Collections.nCopies(51, CHECKLIST.get(0));
        IntakeCommand tooMany = new IntakeCommand(BIRTH.code(), "16906", null, null, APPLICANT, fiftyOne);
        IntakeCommand unnamed = new IntakeCommand(BIRTH.code(), "16906", null, null, APPLICANT,
                List.of(new ReceivedDocument(" ", ReceivedAs.PAPER, null, null, null)));

        assertRefused(IntakeRulebook.LIVE.decide(handIn(tooMany, OFFICER_OF_LUONG_MINH)), Refusal.Reason.INVALID, "documents");
        assertRefused(IntakeRulebook.LIVE.decide(handIn(unnamed, OFFICER_OF_LUONG_MINH)), Refusal.Reason.INVALID,
                "documents[0].name");
    }

    @Test
    void the_applicants_faults_are_named_under_applicant_without_echoing_the_data() {
        IntakeCommand command = new IntakeCommand(BIRTH.code(), "16906", null, null,
                Applicant.person("Lô Văn Minh", "12345", "0912345678", "Bản Xốp Mạt", null), CHECKLIST);

        IntakeRefused refused = (IntakeRefused) IntakeRulebook.LIVE.decide(handIn(command, OFFICER_OF_LUONG_MINH));

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("applicant.citizenId");
        assertThat(refused.violations().get(0).message()).doesNotContain("12345");
    }

    @Test
    void faults_of_the_input_come_before_faults_against_the_catalogue() {
        IntakeCommand unknownAndIncomplete = new IntakeCommand("9.999999", "16906", null, null, null, CHECKLIST);

        assertRefused(IntakeRulebook.LIVE.decide(handIn(unknownAndIncomplete, OFFICER_OF_LUONG_MINH)),
                Refusal.Reason.INVALID, "applicant");
    }

    @Test
    void a_procedure_missing_from_the_catalogue_or_withdrawn_takes_no_dossier() {
        IntakeProcedure withdrawn = new IntakeProcedure(BIRTH.code(), BIRTH.fieldCode(), BIRTH.processingTime(),
                BIRTH.levels(), false);

        assertRefused(IntakeRulebook.LIVE.decide(handIn(command("9.999999", null, null), OFFICER_OF_LUONG_MINH)),
                Refusal.Reason.UNPROCESSABLE, "procedureCode");
        IntakeDecision decision = IntakeRulebook.LIVE.decide(new HandIn(command(BIRTH.code(), null, null),
                OFFICER_OF_LUONG_MINH, Optional.of(withdrawn), Optional.of(LUONG_MINH), Optional.of(LUONG_MINH)));
        assertRefused(decision, Refusal.Reason.UNPROCESSABLE, "procedureCode");
        assertThat(((IntakeRefused) decision).violations().get(0).message()).contains("withdrawn");
    }

    @Test
    void unknown_and_merged_units_take_no_dossier() {
        assertRefused(IntakeRulebook.LIVE.decide(handIn(command(BIRTH.code(), "99999", null), OFFICER_OF_LUONG_MINH)),
                Refusal.Reason.UNPROCESSABLE, "competentUnitCode");
        IntakeDecision merged = IntakeRulebook.LIVE.decide(new HandIn(command(BIRTH.code(), MERGED.code(), null),
                OFFICER_OF_LUONG_MINH, Optional.of(BIRTH), Optional.of(LUONG_MINH), Optional.of(MERGED)));
        assertRefused(merged, Refusal.Reason.UNPROCESSABLE, "competentUnitCode");
    }

    @Test
    void a_province_level_procedure_is_not_decided_by_a_commune() {
        IntakeDecision decision = IntakeRulebook.LIVE.decide(new HandIn(command(PROVINCIAL.code(), null, null),
                OFFICER_OF_LUONG_MINH, Optional.of(PROVINCIAL), Optional.of(LUONG_MINH), Optional.of(LUONG_MINH)));

        assertRefused(decision, Refusal.Reason.UNPROCESSABLE, "competentUnitCode");
        assertThat(((IntakeRefused) decision).violations().get(0).message())
                .isEqualTo("procedure 1.004227.H40 is carried out at PROVINCE level, not by a commune unit");
    }

    @Test
    void only_an_officer_of_the_receiving_centre_receives_there() {
        IntakeDecision decision = IntakeRulebook.LIVE.decide(handIn(command(BIRTH.code(), null, null),
                new Receiver.CounterOfficer(Optional.of("16876"))));

        assertThat(decision).isInstanceOf(IntakeRefused.class);
        IntakeRefused refused = (IntakeRefused) decision;
        assertThat(refused.reason()).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(refused.toRefusal().detail()).isEqualTo("Only an officer of unit 16906 receives dossiers for its centre.");
    }

    @Test
    void an_import_keeps_the_legacy_code_accepts_withdrawn_procedures_and_merged_units_and_lists_every_fault() {
        IntakeProcedure withdrawn = new IntakeProcedure(BIRTH.code(), BIRTH.fieldCode(), BIRTH.processingTime(),
                BIRTH.levels(), false);
        IntakeCommand fromMergedUnit = new IntakeCommand(BIRTH.code(), MERGED.code(), null, Channel.COUNTER, APPLICANT, CHECKLIST);
        HandIn accepted = new HandIn(fromMergedUnit, new Receiver.LegacySystem("LEGACY-1", null), Optional.of(withdrawn),
                Optional.of(MERGED), Optional.of(MERGED));

        assertThat(IntakeRulebook.HISTORICAL.decide(accepted)).isInstanceOf(Admissible.class);
        Admissible admissible = (Admissible) IntakeRulebook.HISTORICAL.decide(accepted);
        assertThat(admissible.beforeReceipt(UUID.randomUUID(), "LEGACY-1").code()).isEqualTo("LEGACY-1");
        assertThat(admissible.beforeReceipt(UUID.randomUUID(), "LEGACY-1").sequence()).isZero();

        IntakeCommand faulty = new IntakeCommand("9.999999", "16906", null, null, null, CHECKLIST);
        IntakeDecision refused = IntakeRulebook.HISTORICAL.decide(handIn(faulty, new Receiver.LegacySystem("has space", "c-1")));
        assertThat(((IntakeRefused) refused).asViolations()).extracting(Violation::field)
                .containsExactly("code", "channel", "applicant", "procedureCode");
    }

    @Test
    void only_an_online_legacy_dossier_has_an_owner() {
        IntakeCommand counter = new IntakeCommand(BIRTH.code(), "16906", null, Channel.COUNTER, APPLICANT, CHECKLIST);

        assertRefused(IntakeRulebook.HISTORICAL.decide(handIn(counter, new Receiver.LegacySystem("L-2", "citizen-7"))),
                Refusal.Reason.INVALID, "ownerSubject");
    }

    @Test
    void an_officer_refuses_at_the_counter_a_dossier_the_unit_is_not_competent_for_and_it_is_never_received() {
        ActionCommand why = refusal("Thủ tục thuộc thẩm quyền cấp tỉnh.", "NOT_COMPETENT");
        HandIn provincial = new HandIn(command(PROVINCIAL.code(), null, null), OFFICER_OF_LUONG_MINH,
                Optional.of(PROVINCIAL), Optional.of(LUONG_MINH), Optional.of(LUONG_MINH)).refusedBecause(why);

        assertThat(IntakeRulebook.LIVE.decide(provincial)).isInstanceOf(IntakeRefused.class);
        IntakeDecision decision = IntakeRulebook.COUNTER_REFUSAL.decide(provincial);

        assertThat(decision).isInstanceOf(Admissible.class);
        HandedIn refused = ((Admissible) decision).refuseAtCounter(UUID.randomUUID(), "000.00.01.H40-250707-0003",
                MONDAY_9AM, why, lifecycle());
        assertThat(refused.dossier().status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(refused.dossier().channel()).isEqualTo(Channel.COUNTER);
        assertThat(refused.dossier().submittedAt()).isEqualTo(MONDAY_9AM);
        assertThat(refused.dossier().receivedAt()).isNull();
        assertThat(refused.dossier().deadline()).isNull();
        assertThat(refused.dossier().reasonCode()).isEqualTo("NOT_COMPETENT");
        assertThat(refused.dossier().sequence()).isEqualTo(1);
        assertThat(refused.event()).isEqualTo(DossierEventType.REFUSED);
        assertThat(refused.action()).isEqualTo("refuse");
        assertThat(refused.by()).isEqualTo(DossierRole.RECEIVING_OFFICER);
    }

    @Test
    void a_refusal_at_the_counter_counts_under_the_receiving_unit_even_when_another_was_named() {
        ActionCommand why = refusal("Sai cơ quan giải quyết.", null);
        HandIn toOther = new HandIn(command(BIRTH.code(), MERGED.code(), Channel.POST), OFFICER_OF_LUONG_MINH,
                Optional.of(BIRTH), Optional.of(LUONG_MINH), Optional.of(MERGED)).refusedBecause(why);

        HandedIn refused = ((Admissible) IntakeRulebook.COUNTER_REFUSAL.decide(toOther))
                .refuseAtCounter(UUID.randomUUID(), "C-1", MONDAY_9AM, why, lifecycle());

        assertThat(refused.dossier().competentUnitCode()).isEqualTo("16906");
        assertThat(refused.dossier().receivingUnitCode()).isEqualTo("16906");
        assertThat(refused.dossier().channel()).isEqualTo(Channel.POST);
    }

    @Test
    void a_refusal_at_the_counter_says_why_with_a_reason_code_of_the_usual_shape() {
        HandIn unexplained = handIn(command(BIRTH.code(), null, null), OFFICER_OF_LUONG_MINH)
                .refusedBecause(refusal(" ", "not a code"));

        assertRefused(IntakeRulebook.COUNTER_REFUSAL.decide(unexplained), Refusal.Reason.INVALID, "reasonCode", "reason");
        assertRefused(IntakeRulebook.COUNTER_REFUSAL.decide(handIn(command(BIRTH.code(), null, null), OFFICER_OF_LUONG_MINH)),
                Refusal.Reason.INVALID, "reason");
    }

    @Test
    void a_refusal_at_the_counter_checks_the_input_the_catalogue_and_who_refuses() {
        ActionCommand why = refusal("Thiếu giấy tờ.", "INCOMPLETE");

        assertRefused(IntakeRulebook.COUNTER_REFUSAL.decide(handIn(new IntakeCommand(BIRTH.code(), "16906", null, null, null,
                List.of()), OFFICER_OF_LUONG_MINH).refusedBecause(why)), Refusal.Reason.INVALID, "applicant", "documents");
        assertRefused(IntakeRulebook.COUNTER_REFUSAL.decide(handIn(command("9.999999", null, null), OFFICER_OF_LUONG_MINH)
                .refusedBecause(why)), Refusal.Reason.UNPROCESSABLE, "procedureCode");
        assertRefused(IntakeRulebook.COUNTER_REFUSAL.decide(handIn(command(BIRTH.code(), null, Channel.ONLINE),
                OFFICER_OF_LUONG_MINH).refusedBecause(why)), Refusal.Reason.INVALID, "channel");
        IntakeDecision otherUnit = IntakeRulebook.COUNTER_REFUSAL.decide(handIn(command(BIRTH.code(), null, null),
                new Receiver.CounterOfficer(Optional.of("16876"))).refusedBecause(why));
        assertThat(((IntakeRefused) otherUnit).reason()).isEqualTo(Refusal.Reason.NOT_ALLOWED);
    }

    private static ActionCommand refusal(String reason, String reasonCode) {
        return new ActionCommand(reason, reasonCode, List.of(), null, null, null);
    }

    private static IntakeCommand command(String procedure, String competentUnit, Channel channel) {
        return new IntakeCommand(procedure, "16906", competentUnit, channel, APPLICANT, CHECKLIST);
    }

    /** A hand-in beside a small catalogue: the birth and provincial procedures, Lượng Minh and a merged unit. */
    private static HandIn handIn(IntakeCommand command, Receiver receiver) {
        return new HandIn(command, receiver, find(command.procedureCode()), unit(command.receivingUnitCode()),
                unit(command.competentUnitCode() == null ? command.receivingUnitCode() : command.competentUnitCode()));
    }

    private static Optional<IntakeProcedure> find(String code) {
        return List.of(BIRTH, PROVINCIAL).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static Optional<IntakeUnit> unit(String code) {
        return List.of(LUONG_MINH, MERGED).stream().filter(u -> u.code().equals(code)).findFirst();
    }

    private static void assertRefused(IntakeDecision decision, Refusal.Reason reason, String... fields) {
        assertThat(decision).isInstanceOf(IntakeRefused.class);
        IntakeRefused refused = (IntakeRefused) decision;
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly(fields);
    }

    private static Lifecycle lifecycle() {
        return new Lifecycle(new DueTimePolicy(SeededCalendars.standard()));
    }
}
