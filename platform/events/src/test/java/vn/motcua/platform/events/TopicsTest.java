package vn.motcua.platform.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void unitsTopicIsCompactedAndKeyedByUnitCode() {
        assertThat(Topics.UNITS.name()).isEqualTo("motcua.reference.units.v1");
        assertThat(Topics.UNITS.cleanupPolicy()).isEqualTo("compact");
        assertThat(Topics.UNITS.isCompacted()).isTrue();
        assertThat(Topics.UNITS.keyDescription()).isEqualTo("unit code");
    }

    @Test
    void catalogTopicIsCompactedAndKeyedByProcedureCode() {
        assertThat(Topics.CATALOG.name()).isEqualTo("motcua.procedure.catalog.v1");
        assertThat(Topics.CATALOG.cleanupPolicy()).isEqualTo("compact");
        assertThat(Topics.CATALOG.isCompacted()).isTrue();
        assertThat(Topics.CATALOG.keyDescription()).isEqualTo("procedure code");
    }

    @Test
    void lifecycleTopicKeepsEveryEventForeverAndIsNeverCompacted() {
        assertThat(Topics.LIFECYCLE.name()).isEqualTo("motcua.dossier.lifecycle.v1");
        assertThat(Topics.LIFECYCLE.keyDescription()).isEqualTo("dossier id");
        assertThat(Topics.LIFECYCLE.isCompacted()).isFalse();
        assertThat(Topics.LIFECYCLE.configs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
    }

    @Test
    void compactedTopicsAreCreatedWithCompactCleanupPolicy() {
        assertThat(Topics.UNITS.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.CATALOG.configs()).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void sourcesAreTheThreeTopicsThatCarryEvents() {
        assertThat(Topics.sources()).containsExactly(Topics.UNITS, Topics.CATALOG, Topics.LIFECYCLE);
    }

    @Test
    void deadLetterTopicIsNamedAfterItsSourceAndKeptThirtyDays() {
        TopicSpec dlq = Topics.dlqOf(Topics.LIFECYCLE);

        assertThat(dlq.name()).isEqualTo("motcua.dossier.lifecycle.v1.dlq");
        assertThat(dlq.retentionMs()).isEqualTo(Duration.ofDays(30).toMillis()).isEqualTo(2_592_000_000L);
        assertThat(dlq.isCompacted()).isFalse();
        assertThat(dlq.keyDescription()).isEqualTo(Topics.LIFECYCLE.keyDescription());
        assertThat(dlq.configs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "delete", "retention.ms", "2592000000"));
    }

    @Test
    void deadLetterTopicOfACompactedTopicIsNotCompacted() {
        TopicSpec dlq = Topics.dlqOf(Topics.UNITS);

        assertThat(dlq.name()).isEqualTo("motcua.reference.units.v1.dlq");
        assertThat(dlq.cleanupPolicy()).isEqualTo("delete");
        assertThat(dlq.retentionMs()).isEqualTo(Topics.DLQ_RETENTION.toMillis());
    }

    @Test
    void dlqNameAppendsDlqToTheSourceTopicName() {
        assertThat(Topics.dlqName("motcua.procedure.catalog.v1")).isEqualTo("motcua.procedure.catalog.v1.dlq");
        assertThat(Topics.dlqName(Topics.CATALOG.name())).isEqualTo(Topics.dlqOf(Topics.CATALOG).name());
    }

    @Test
    void allListsTheThreeSourcesAndTheirThreeDeadLetterTopics() {
        assertThat(Topics.all()).extracting(TopicSpec::name).containsExactly(
                "motcua.reference.units.v1",
                "motcua.procedure.catalog.v1",
                "motcua.dossier.lifecycle.v1",
                "motcua.reference.units.v1.dlq",
                "motcua.procedure.catalog.v1.dlq",
                "motcua.dossier.lifecycle.v1.dlq");
        assertThat(Topics.all()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void deadLetterHeadersAreTheOnesTheDesignNames() {
        assertThat(Topics.DLQ_REASON_HEADER).isEqualTo("dlq_reason");
        assertThat(Topics.DLQ_CONSUMER_HEADER).isEqualTo("dlq_consumer");
    }
}
