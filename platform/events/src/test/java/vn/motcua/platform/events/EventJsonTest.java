package vn.motcua.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private static final List<String> LIFECYCLE_FIELDS = List.of("eventId", "dossierId", "dossierCode", "sequence",
            "type", "occurredAt", "status", "statusCode", "procedureCode", "fieldCode", "receivingUnitCode",
            "competentUnitCode", "channel", "submittedAt", "receivedAt", "dueAt", "pausedWorkingMinutes",
            "resolvedAt", "timeliness", "newAppointmentAt", "reasonCode", "rating", "documentsTotal",
            "documentsAsFiles", "resultAsFile", "apologyLate", "applicantKind", "representativeCapacity", "documentsStored",
            "documentsScanned", "documentPosition", "fileSha256", "resultStored", "resultSigned");

    @Test
    void instantsAreWrittenWithTheirVietnamOffsetNotConvertedToUtc() {
        String json = new String(EventJson.write(SampleEvents.received()), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"occurredAt\":\"2025-07-01T08:15:00+07:00\"")
                .contains("\"receivedAt\":\"2025-07-01T08:15:00+07:00\"")
                .contains("\"dueAt\":\"2025-07-01T17:00:00+07:00\"")
                .doesNotContain("01:15:00Z")
                .doesNotContain("10:00:00Z");
    }

    @Test
    void fractionsOfASecondAreKeptWithTheOffset() {
        JsonNode json = SampleEvents.tree(SampleEvents.resolved());

        assertThat(json.get("resolvedAt").asText()).isEqualTo("2025-07-01T10:42:30.5+07:00");
    }

    @Test
    void fieldsNotKnownYetAreWrittenAsNullRatherThanLeftOut() {
        ObjectNode json = SampleEvents.tree(SampleEvents.received());

        for (String field : List.of("resolvedAt", "timeliness", "newAppointmentAt", "reasonCode", "rating",
                "resultAsFile")) {
            assertThat(json.has(field)).as("key %s is present", field).isTrue();
            assertThat(json.get(field).isNull()).as("%s is null", field).isTrue();
        }
    }

    @Test
    void aLifecycleEventIsWrittenWithExactlyTheFieldsOfTheContract() {
        ObjectNode json = SampleEvents.tree(SampleEvents.received());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactlyInAnyOrderElementsOf(LIFECYCLE_FIELDS);
    }

    @Test
    void enumsAndIdsAreWrittenAsTheContractSpellsThem() {
        ObjectNode json = SampleEvents.tree(SampleEvents.resolved());

        assertThat(json.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(json.get("statusCode").asInt()).isEqualTo(9);
        assertThat(json.get("channel").asText()).isEqualTo("COUNTER");
        assertThat(json.get("timeliness").asText()).isEqualTo("ON_TIME");
        assertThat(json.get("type").asText()).isEqualTo("resolved");
        assertThat(json.get("dossierId").asText()).isEqualTo(SampleEvents.DOSSIER_ID.toString());
        assertThat(json.get("sequence").isIntegralNumber()).isTrue();
        assertThat(json.get("resultAsFile").isBoolean()).isTrue();
    }

    @Test
    void aLifecycleEventReadsBackEqualWithItsOffsetKept() {
        DossierLifecycleEvent event = SampleEvents.resolved();

        DossierLifecycleEvent read = EventJson.read(EventJson.write(event), DossierLifecycleEvent.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void aLifecycleEventWithNullsReadsBackEqual() {
        DossierLifecycleEvent event = SampleEvents.received();

        assertThat(EventJson.read(EventJson.write(event), DossierLifecycleEvent.class)).isEqualTo(event);
    }

    @Test
    void snapshotsReadBackEqual() {
        ProcedureSnapshot procedure = SampleEvents.birthRegistration();
        UnitSnapshot unit = SampleEvents.commune();

        assertThat(EventJson.read(EventJson.write(procedure), ProcedureSnapshot.class)).isEqualTo(procedure);
        assertThat(EventJson.read(EventJson.write(unit), UnitSnapshot.class)).isEqualTo(unit);
    }

    @Test
    void aProcedureEffectiveDateIsWrittenAsALocalDate() {
        ObjectNode json = SampleEvents.tree(SampleEvents.birthRegistration());

        assertThat(json.get("effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(json.get("processingTime").get("cutoffTime").asText()).isEqualTo("15:00");
        assertThat(json.get("processingTime").get("amount").isNull()).isTrue();
    }

    @Test
    void fieldsUnknownToThisVersionAreIgnoredWhenReading() {
        byte[] json = SampleEvents.edited(SampleEvents.resolved(), tree -> {
            tree.put("outcome", "APPROVED");
            tree.putObject("future").put("nested", 1);
        });

        assertThat(EventJson.read(json, DossierLifecycleEvent.class)).isEqualTo(SampleEvents.resolved());
    }

    @Test
    void aPayloadWithAnythingAfterItsJsonIsUnreadable() {
        String event = new String(EventJson.write(SampleEvents.resolved()), StandardCharsets.UTF_8);

        for (String corrupt : List.of(event + " garbage", event + event)) {
            byte[] payload = corrupt.getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> EventJson.read(payload, DossierLifecycleEvent.class))
                    .isInstanceOf(EventFormatException.class)
                    .hasMessageStartingWith("the payload is not a valid DossierLifecycleEvent");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "", "{\"status\": \"APPROVED\"}", "{\"occurredAt\": \"yesterday\"}",
            "{\"eventId\": \"not-a-uuid\"}"})
    void unreadableJsonThrowsEventFormatExceptionNamingTheTargetType(String json) {
        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), DossierLifecycleEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("the payload is not a valid DossierLifecycleEvent")
                .hasMessageNotContaining("\n");
    }
}
