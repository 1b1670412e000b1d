package vn.motcua.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The procedure and unit snapshot schemas of the compacted reference topics. */
class SnapshotSchemaTest {

    private static final String PROCEDURE = ProcedureSnapshot.TYPE;
    private static final String UNIT = UnitSnapshot.TYPE;

    @Test
    void snapshotTypesAreDescribedByTheirOwnSchemas() {
        assertThat(PROCEDURE).isEqualTo("vn.motcua.procedure.snapshot.v1");
        assertThat(UNIT).isEqualTo("vn.motcua.unit.snapshot.v1");
        assertThat(EventSchemas.schemaFor(PROCEDURE)).contains(EventSchemas.PROCEDURE_SNAPSHOT);
        assertThat(EventSchemas.schemaFor(UNIT)).contains(EventSchemas.UNIT_SNAPSHOT);
    }

    @Test
    void aSameDayProcedureWithCutoffFeesAndDocumentsIsValid() {
        assertThat(EventSchemas.violations(PROCEDURE, EventJson.write(SampleEvents.birthRegistration()))).isEmpty();
    }

    @Test
    void aProcedureInWorkingDaysIsValid() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(), json -> json.putObject("processingTime")
                .put("unit", "WORKING_DAYS").put("amount", 5).putNull("cutoffTime"));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).isEmpty();
    }

    @Test
    void aProcedureWithoutLevelsIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(), json -> json.putArray("levels"));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("levels:");
    }

    @Test
    void aDistrictLevelIsRejectedNowThatDistrictsAreGone() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(),
                json -> json.putArray("levels").add("DISTRICT"));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("levels/0:");
    }

    @Test
    void aProcedureVersionZeroIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(), json -> json.put("version", 0));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("version:");
    }

    @Test
    void aCutoffTimeThatIsNotHoursAndMinutesIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(),
                json -> json.withObject("/processingTime").put("cutoffTime", "3pm"));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("cutoffTime:");
    }

    @Test
    void aNegativeFeeIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(),
                json -> json.withArray("/fees").addObject().put("channel", "ONLINE").put("amount", -1));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("amount:");
    }

    @Test
    void aFreeProcedureWithoutFeesIsValidAndOneWithFeeLinesIsRejected() {
        byte[] free = SampleEvents.edited(SampleEvents.birthRegistration(), json -> {
            json.putArray("fees");
            json.put("free", true);
        });
        byte[] freeWithFees = SampleEvents.edited(SampleEvents.birthRegistration(), json -> json.put("free", true));

        assertThat(EventSchemas.violations(PROCEDURE, free)).isEmpty();
        assertThat(EventJson.read(free, ProcedureSnapshot.class).free()).isTrue();
        assertThat(EventSchemas.violations(PROCEDURE, freeWithFees)).singleElement().asString().contains("fees:");
    }

    @Test
    void aSnapshotWrittenBeforeTheFreeMarkIsValidAndReadsAsNotFree() {
        byte[] before = SampleEvents.edited(SampleEvents.birthRegistration(), json -> {
            json.remove("free");
            json.putArray("fees");
        });

        assertThat(EventSchemas.violations(PROCEDURE, before)).isEmpty();
        assertThat(EventJson.read(before, ProcedureSnapshot.class).free()).isFalse();
    }

    @Test
    void aProcedureCodeThatIsNotDigitDotSixDigitsIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.birthRegistration(), json -> json.put("code", "1.00119"));

        assertThat(EventSchemas.violations(PROCEDURE, payload)).singleElement().asString().contains("code:");
    }

    @Test
    void aCommuneWithItsAgencyCodeIsValid() {
        assertThat(EventSchemas.violations(UNIT, EventJson.write(SampleEvents.commune()))).isEmpty();
    }

    @Test
    void theProvinceItselfIsAValidUnit() {
        UnitSnapshot province = new UnitSnapshot("40", "Tỉnh Nghệ An", "PROVINCE", "40", "000.00.00.H40", "ACTIVE",
                3L, SampleEvents.RECEIVED_AT);

        assertThat(EventSchemas.violations(UNIT, EventJson.write(province))).isEmpty();
    }

    @Test
    void aUnitOfAKindOutsideTheTwoLevelGovernmentIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.commune(), json -> json.put("kind", "VILLAGE"));

        assertThat(EventSchemas.violations(UNIT, payload)).singleElement().asString().contains("kind:");
    }

    @Test
    void aUnitVersionZeroIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.commune(), json -> json.put("version", 0));

        assertThat(EventSchemas.violations(UNIT, payload)).singleElement().asString().contains("version:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169", "1690", "169060", "4O"})
    void aUnitCodeThatIsNeitherTwoNorFiveDigitsIsRejected(String code) {
        byte[] payload = SampleEvents.edited(SampleEvents.commune(), json -> json.put("code", code));

        assertThat(EventSchemas.violations(UNIT, payload)).singleElement().asString().contains("code:");
    }

    @Test
    void anOptionalFieldAddedLaterInVersionOneIsAcceptedOnSnapshots() {
        byte[] procedure = SampleEvents.edited(SampleEvents.birthRegistration(),
                json -> json.put("onlineUrl", "https://dichvucong.gov.vn/p/1.001193"));
        byte[] unit = SampleEvents.edited(SampleEvents.commune(), json -> json.put("mergedInto", "16912"));

        assertThat(EventSchemas.violations(PROCEDURE, procedure)).isEmpty();
        assertThat(EventSchemas.violations(UNIT, unit)).isEmpty();
    }

    @Test
    void aUnitPublishedAsAProcedureIsRejected() {
        assertThat(EventSchemas.violations(PROCEDURE, EventJson.write(SampleEvents.commune())))
                .isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains("required property 'levels'"));
    }

    @Test
    void requireValidThrowsListingEveryViolationOfASnapshot() {
        byte[] payload = SampleEvents.edited(SampleEvents.commune(), json -> {
            json.put("kind", "VILLAGE");
            json.put("version", 0);
        });

        assertThatThrownBy(() -> EventSchemas.requireValid(UNIT, payload))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining(UNIT)
                .hasMessageContaining("kind:")
                .hasMessageContaining("version:");
    }
}
