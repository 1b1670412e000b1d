package vn.motcua.dossier.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.persistence.DossierWorklist.Audience;
import vn.motcua.dossier.persistence.DossierWorklist.Filter;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.testing.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worklists: who sees which dossiers, how each filter narrows them, and their order across pages. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierWorklistTest {

    private static final Instant NOW = Instant.parse("2031-05-12T03:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    DossierWorklist worklists;

    @Test
    void aUnitSeesWhatItReceivedOrDecidesByDueTimeWithUndatedDossiersLastAndCodesBreakingTies() {
        String unit = newUnit();
        String other = newUnit();
        store(unit + "-3", unit, other, DossierStatus.RECEIVED, NOW.plus(DAY), null);
        store(unit + "-1", other, unit, DossierStatus.IN_PROGRESS, NOW.plus(DAY), null);
        store(unit + "-0", unit, unit, DossierStatus.SUBMITTED, null, null);
        store(unit + "-2", unit, unit, DossierStatus.RECEIVED, NOW.minus(DAY), null);
        store(other + "-9", other, other, DossierStatus.RECEIVED, NOW.minus(DAY), null);

        assertThat(codes(Audience.ofUnit(unit), everything(), 0, 10))
                .containsExactly(unit + "-2", unit + "-1", unit + "-3", unit + "-0");
        DossierWorklist.Found second = page(Audience.ofUnit(unit), everything(), 1, 3);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.dossiers()).extracting(dossier -> dossier.code).containsExactly(unit + "-0");
    }

    @Test
    void aCitizenSeesOnlyTheDossiersTheySubmittedAndAProvinceAdminSeesEveryUnits() {
        String unit = newUnit();
        String other = newUnit();
        store(unit + "-1", unit, unit, DossierStatus.SUBMITTED, null, "citizen-" + unit);
        store(unit + "-2", unit, unit, DossierStatus.SUBMITTED, null, "someone-else");
        store(unit + "-3", other, other, DossierStatus.RECEIVED, NOW.plus(DAY), null);

        assertThat(codes(Audience.ownedBy("citizen-" + unit), everything(), 0, 10)).containsExactly(unit + "-1");
        assertThat(codes(Audience.everyDossier(), new Filter(unit, null, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-3", unit + "-1", unit + "-2");
    }

    @Test
    void aCodeIsAPrefixInWhichUnderscoreAndPercentAreCharactersNotWildcards() {
        String unit = newUnit();
        store(unit + "-A_1", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY), null);
        store(unit + "-AB2", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY.multipliedBy(2)), null);
        store(unit + "-XA_3", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY.multipliedBy(3)), null);
        store(unit + "-A%4", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY.multipliedBy(4)), null);
        store(unit + "-A\\5", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY.multipliedBy(5)), null);

        assertThat(codes(Audience.ofUnit(unit), new Filter(" " + unit + "-A_ ", null, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-A_1");
        assertThat(codes(Audience.ofUnit(unit), new Filter(unit + "-A%", null, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-A%4");
        assertThat(codes(Audience.ofUnit(unit), new Filter(unit + "-%A", null, null, null, null, NOW), 0, 10)).isEmpty();
        assertThat(codes(Audience.ofUnit(unit), new Filter(unit + "-A\\", null, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-A\\5");
        assertThat(codes(Audience.ofUnit(unit), new Filter(unit + "-A", null, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-A_1", unit + "-AB2", unit + "-A%4", unit + "-A\\5");
    }

    @Test
    void overdueMeansOpenAndPastItsDueTimeNowAndNotOverdueIsEverythingElse() {
        String unit = newUnit();
        store(unit + "-late", unit, unit, DossierStatus.SUPPLEMENT_REQUESTED, NOW.minus(DAY), null);
        store(unit + "-resolved-late", unit, unit, DossierStatus.RESOLVED, NOW.minus(DAY.multipliedBy(2)), null);
        store(unit + "-in-time", unit, unit, DossierStatus.IN_PROGRESS, NOW.plus(DAY), null);
        store(unit + "-submitted", unit, unit, DossierStatus.SUBMITTED, null, null);

        assertThat(codes(Audience.ofUnit(unit), new Filter(null, null, null, true, null, NOW), 0, 10))
                .containsExactly(unit + "-late");
        assertThat(codes(Audience.ofUnit(unit), new Filter(null, null, null, false, null, NOW), 0, 10))
                .containsExactly(unit + "-resolved-late", unit + "-in-time", unit + "-submitted");
        // the same dossiers a day later: the one in time is late too
        assertThat(codes(Audience.ofUnit(unit), new Filter(null, null, null, true, null, NOW.plus(DAY.multipliedBy(2))), 0, 10))
                .containsExactly(unit + "-late", unit + "-in-time");
    }

    @Test
    void statusProcedureAndDueBeforeEachNarrowTheList() {
        String unit = newUnit();
        store(unit + "-1", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY), null);
        store(unit + "-2", unit, unit, DossierStatus.IN_PROGRESS, NOW.plus(DAY.multipliedBy(3)), null);
        store(unit + "-3", unit, unit, DossierStatus.RECEIVED, NOW.plus(DAY.multipliedBy(5)), null, "other-procedure");

        assertThat(codes(Audience.ofUnit(unit), new Filter(null, DossierStatus.RECEIVED, null, null, null, NOW), 0, 10))
                .containsExactly(unit + "-1", unit + "-3");
        assertThat(codes(Audience.ofUnit(unit), new Filter(null, null, " other-procedure ", null, null, NOW), 0, 10))
                .containsExactly(unit + "-3");
        assertThat(codes(Audience.ofUnit(unit), new Filter(null, null, null, null, NOW.plus(DAY.multipliedBy(3)), NOW), 0, 10))
                .containsExactly(unit + "-1");
        assertThat(page(Audience.ofUnit(unit), new Filter(null, DossierStatus.RECEIVED, "other-procedure", null, null, NOW), 0, 10)
                .total()).isEqualTo(1);
    }

    private static Filter everything() {
        return new Filter(null, null, null, null, null, NOW);
    }

    private List<String> codes(Audience audience, Filter filter, int page, int size) {
        return page(audience, filter, page, size).dossiers().stream().map(dossier -> dossier.code).toList();
    }

    private DossierWorklist.Found page(Audience audience, Filter filter, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> worklists.page(audience, filter, page, size));
    }

    private static void store(String code, String receiving, String competent, DossierStatus status, Instant dueAt,
                              String owner) {
        store(code, receiving, competent, status, dueAt, owner, "1.000001");
    }

    private static void store(String code, String receiving, String competent, DossierStatus status, Instant dueAt,
                              String owner, String procedure) {
        QuarkusTransaction.requiringNew().run(() -> {
            DossierEntity row = new DossierEntity();
            row.id = UUID.randomUUID();
            row.code = code;
            row.procedureCode = procedure;
            row.fieldCode = "field";
            row.processingUnit = "WORKING_DAYS";
            row.processingAmount = 5;
            row.receivingUnitCode = receiving;
            row.competentUnitCode = competent;
            row.channel = owner == null ? "COUNTER" : "ONLINE";
            row.ownerSubject = owner;
            row.applicantKind = "PERSON";
            row.status = status.name();
            row.dueAt = dueAt;
            row.missingDocuments = "[]";
            row.createdAt = NOW;
            row.updatedAt = NOW;
            row.persist();
        });
    }

    private static String newUnit() {
        return "worklist-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
