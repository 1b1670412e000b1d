package vn.motcua.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle event schema: what a dashboard may rely on in every dossier event. */
class LifecycleEventSchemaTest {

    private static final String RECEIVED = DossierEventType.RECEIVED.cloudEventType();
    private static final String RESOLVED = DossierEventType.RESOLVED.cloudEventType();

    @Test
    void aCompleteReceivedEventIsValidForItsCeType() {
        DossierLifecycleEvent event = SampleEvents.received();

        assertThat(EventSchemas.violations(event.cloudEventType(), EventJson.write(event))).isEmpty();
    }

    @Test
    void aResolvedEventWithEveryFieldKnownIsValid() {
        assertThat(EventSchemas.violations(RESOLVED, EventJson.write(SampleEvents.resolved()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DossierEventType.class)
    void everyEventTypeIsValidUnderItsOwnCeType(DossierEventType type) {
        assertThat(EventSchemas.violations(type.cloudEventType(), EventJson.write(SampleEvents.ofType(type))))
                .isEmpty();
    }

    @Test
    void everyDossierCeTypeIsDescribedByTheLifecycleSchema() {
        for (DossierEventType type : DossierEventType.values()) {
            assertThat(EventSchemas.schemaFor(type.cloudEventType())).contains(EventSchemas.DOSSIER_LIFECYCLE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossierCode", "sequence", "statusCode", "procedureCode", "resolvedAt", "rating",
            "resultAsFile"})
    void aMissingFieldIsReportedByName(String field) {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.remove(field));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("required property '" + field + "'");
    }

    @Test
    void aUnitCodeOfThreeDigitsIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put("receivingUnitCode", "171"));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("receivingUnitCode:");
    }

    @Test
    void theProvinceCodeOfTwoDigitsIsAValidUnitCode() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put("competentUnitCode", "40"));

        assertThat(EventSchemas.violations(RECEIVED, payload)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.00119", "1001193", "01.001193", "1.0011930", "TTHC-1"})
    void aProcedureCodeThatIsNotDigitDotSixDigitsIsRejected(String code) {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put("procedureCode", code));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("procedureCode:");
    }

    @Test
    void aProcedureCodeWithAProvincialSuffixIsValid() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(),
                json -> json.put("procedureCode", "1.000948.H38"));

        assertThat(EventSchemas.violations(RECEIVED, payload)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void aStatusCodeOutsideTheNationalOneToTenIsRejected(int code) {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put("statusCode", code));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("statusCode:");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void aRatingOutsideOneToFiveIsRejected(int rating) {
        byte[] payload = SampleEvents.edited(SampleEvents.ofType(DossierEventType.RATED),
                json -> json.put("rating", rating));

        assertThat(EventSchemas.violations(DossierEventType.RATED.cloudEventType(), payload))
                .singleElement().asString().contains("rating:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizenId", "taxCode", "organisationName", "representative", "phone", "applicant", "applicantName", "fullName", "address", "pin"})
    void personalDataIsNeverAcceptedInAnEvent(String property) {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put(property, "012345678901"));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("property '" + property + "'");
    }

    @Test
    void anApplicantKindOrCapacityOutsideTheListIsRejected() {
        byte[] kind = SampleEvents.edited(SampleEvents.resolved(), json -> json.put("applicantKind", "HOUSEHOLD"));
        byte[] capacity = SampleEvents.edited(SampleEvents.resolved(), json -> json.put("representativeCapacity", "NEIGHBOUR"));

        assertThat(EventSchemas.violations(DossierEventType.RESOLVED.cloudEventType(), kind))
                .singleElement().asString().contains("applicantKind:");
        assertThat(EventSchemas.violations(DossierEventType.RESOLVED.cloudEventType(), capacity))
                .singleElement().asString().contains("representativeCapacity:");
    }

    @Test
    void anInstantWithoutOffsetIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(),
                json -> json.put("occurredAt", "2025-07-01T08:15:00"));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("occurredAt:");
    }

    @Test
    void aStatusOutsideTheNationalTableIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.put("status", "APPROVED"));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("status:");
    }

    @Test
    void aRequiredCodeThatIsNullIsRejected() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> json.putNull("dossierCode"));

        assertThat(EventSchemas.violations(RECEIVED, payload))
                .singleElement().asString().contains("dossierCode:");
    }

    @Test
    void aPayloadWhoseTypeDisagreesWithCeTypeIsRejected() {
        byte[] received = EventJson.write(SampleEvents.received());

        assertThat(EventSchemas.violations(RESOLVED, received))
                .singleElement().asString()
                .contains("type")
                .contains("'received'")
                .contains(RESOLVED);
    }

    @Test
    void aPayloadThatIsNotJsonIsRejected() {
        byte[] payload = "dossier 000.00.01.H29-250701-0001 received".getBytes(StandardCharsets.UTF_8);

        assertThat(EventSchemas.violations(RECEIVED, payload)).containsExactly("the payload is not JSON");
    }

    @Test
    void aValidEventFollowedByAnythingElseIsNotJson() {
        String event = new String(EventJson.write(SampleEvents.received()), StandardCharsets.UTF_8);

        assertThat(EventSchemas.violations(RECEIVED, (event + " garbage").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("the payload is not JSON");
        assertThat(EventSchemas.violations(RECEIVED, (event + event).getBytes(StandardCharsets.UTF_8)))
                .containsExactly("the payload is not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"received\"", "42", ""})
    void aPayloadThatIsNotAJsonObjectIsRejected(String payload) {
        assertThat(EventSchemas.violations(RECEIVED, payload.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("the payload is not a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vn.motcua.dossier.approved.v1", "vn.motcua.dossier.received.v2", "received"})
    void aCeTypeOutsideTheContractIsRejected(String ceType) {
        assertThat(EventSchemas.schemaFor(ceType)).isEmpty();
        assertThat(EventSchemas.violations(ceType, EventJson.write(SampleEvents.received())))
                .containsExactly("unknown event type " + ceType);
    }

    @Test
    void aFileAttachedEventCarriesThePositionAndDigestButNoFileName() {
        String fileAttached = DossierEventType.FILE_ATTACHED.cloudEventType();

        assertThat(EventSchemas.violations(fileAttached, EventJson.write(SampleEvents.fileAttached()))).isEmpty();
        assertThat(EventSchemas.violations(fileAttached,
                SampleEvents.edited(SampleEvents.fileAttached(), json -> json.put("fileSha256", "9F86D081"))))
                .singleElement().asString().contains("fileSha256:");
        assertThat(EventSchemas.violations(fileAttached,
                SampleEvents.edited(SampleEvents.fileAttached(), json -> json.put("documentPosition", -1))))
                .singleElement().asString().contains("documentPosition:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fileName", "originalFileName", "objectKey"})
    void aFileNameOrObjectKeyIsNeverAcceptedInAnEvent(String property) {
        byte[] payload = SampleEvents.edited(SampleEvents.fileAttached(), json -> json.put(property, "giay-khai-sinh.pdf"));

        assertThat(EventSchemas.violations(DossierEventType.FILE_ATTACHED.cloudEventType(), payload))
                .singleElement().asString().contains("property '" + property + "'");
    }

    @Test
    void anOptionalFieldAddedLaterInVersionOneIsAccepted() {
        byte[] payload = SampleEvents.edited(SampleEvents.resolved(), json -> json.put("outcome", "APPROVED"));

        assertThat(EventSchemas.violations(RESOLVED, payload)).isEmpty();
    }

    @Test
    void requireValidAcceptsAValidEvent() {
        assertThatCode(() -> EventSchemas.requireValid(RECEIVED, EventJson.write(SampleEvents.received())))
                .doesNotThrowAnyException();
    }

    @Test
    void requireValidThrowsListingEveryViolation() {
        byte[] payload = SampleEvents.edited(SampleEvents.received(), json -> {
            json.put("statusCode", 11);
            json.put("rating", 6);
            json.put("phone", "0912345678");
        });

        assertThatThrownBy(() -> EventSchemas.requireValid(RESOLVED, payload))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("payload of " + RESOLVED + " is not valid: ")
                .hasMessageContaining("statusCode")
                .hasMessageContaining("rating")
                .hasMessageContaining("property 'phone'")
                .hasMessageContaining("does not match ce_type");
    }

    @Test
    void requireValidThrowsForAnUnknownCeType() {
        assertThatThrownBy(() -> EventSchemas.requireValid("vn.motcua.dossier.approved.v1",
                EventJson.write(SampleEvents.received())))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("unknown event type vn.motcua.dossier.approved.v1");
    }
}
