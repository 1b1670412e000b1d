package vn.motcua.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierEventTypeTest {

    @Test
    void eventNamesAreTheSixteenOfTheDesignThenFileAttached() {
        assertThat(DossierEventType.values()).extracting(DossierEventType::eventName).containsExactly(
                "submitted", "received", "refused", "started", "supplement-requested", "supplement-provided",
                "payment-requested", "payment-confirmed", "suspended", "resumed", "resolved", "returned",
                "withdrawn", "rescheduled", "overdue", "rated", "file-attached");
    }

    @Test
    void cloudEventTypeIsTheVersionedNameUnderTheDossierNamespace() {
        assertThat(DossierEventType.SUPPLEMENT_REQUESTED.cloudEventType())
                .isEqualTo("vn.motcua.dossier.supplement-requested.v1");
        assertThat(DossierEventType.values()).extracting(DossierEventType::cloudEventType)
                .allMatch(type -> type.matches("vn\\.motcua\\.dossier\\.[a-z]+(-[a-z]+)?\\.v1"))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(DossierEventType.class)
    void cloudEventTypeAndEventNameBothLeadBackToTheType(DossierEventType type) {
        assertThat(type.cloudEventType()).isEqualTo("vn.motcua.dossier." + type.eventName() + ".v1");
        assertThat(DossierEventType.ofCloudEventType(type.cloudEventType())).contains(type);
        assertThat(DossierEventType.ofEventName(type.eventName())).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vn.motcua.dossier.approved.v1", "vn.motcua.dossier.received.v2", "received",
            "vn.motcua.dossier.RECEIVED.v1", ""})
    void ofCloudEventTypeFindsNothingForATypeOutsideTheContract(String type) {
        assertThat(DossierEventType.ofCloudEventType(type)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECEIVED", "supplement_requested", "vn.motcua.dossier.received.v1", "approved"})
    void ofEventNameFindsNothingForANameOutsideTheContract(String name) {
        assertThat(DossierEventType.ofEventName(name)).isEmpty();
    }

    @Test
    void aLifecycleEventKnowsItsCloudEventTypeFromItsPayloadType() {
        assertThat(SampleEvents.received().cloudEventType()).isEqualTo("vn.motcua.dossier.received.v1");
        assertThat(SampleEvents.ofType(DossierEventType.PAYMENT_CONFIRMED).cloudEventType())
                .isEqualTo("vn.motcua.dossier.payment-confirmed.v1");
    }

    @Test
    void aLifecycleEventWithAnUnknownTypeHasNoCloudEventType() {
        DossierLifecycleEvent base = SampleEvents.received();
        DossierLifecycleEvent unknown = new DossierLifecycleEvent(base.eventId(), base.dossierId(), base.dossierCode(),
                1L, "approved", base.occurredAt(), base.status(), base.statusCode(), base.procedureCode(),
                base.fieldCode(), base.receivingUnitCode(), base.competentUnitCode(), base.channel(), null, null,
                null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(unknown::cloudEventType)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("approved");
    }
}
