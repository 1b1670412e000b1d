package vn.motcua.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The topics of MotCua's event contract (DESIGN.md, "Events"). */
public final class Topics {

    /** The full current unit, keyed by unit code; compacted so a new consumer reads every unit once. */
    public static final TopicSpec UNITS = new TopicSpec("motcua.reference.units.v1", "compact", TopicSpec.FOREVER, "unit code");

    /** The full current procedure with status and version, keyed by procedure code; compacted. */
    public static final TopicSpec CATALOG = new TopicSpec("motcua.procedure.catalog.v1", "compact", TopicSpec.FOREVER, "procedure code");

    /** One event per dossier change, keyed by dossier id, kept forever: the source of every rebuild. */
    public static final TopicSpec LIFECYCLE = new TopicSpec("motcua.dossier.lifecycle.v1", "delete", TopicSpec.FOREVER, "dossier id");

    /** How long records that could not be consumed are kept for inspection and replay. */
    public static final Duration DLQ_RETENTION = Duration.ofDays(30);

    /** The header that says why a record was sent to a dead-letter topic. */
    public static final String DLQ_REASON_HEADER = "dlq_reason";
    /** The header that names the consumer that gave up on a record. */
    public static final String DLQ_CONSUMER_HEADER = "dlq_consumer";

    private Topics() {
    }

    /** The topics that carry events. */
    public static List<TopicSpec> sources() {
        return List.of(UNITS, CATALOG, LIFECYCLE);
    }

    /** The dead-letter topic of a source topic: same key, the original bytes, 30 days. */
    public static TopicSpec dlqOf(TopicSpec source) {
        return new TopicSpec(source.name() + ".dlq", "delete", DLQ_RETENTION.toMillis(), source.keyDescription());
    }

    public static String dlqName(String sourceTopic) {
        return sourceTopic + ".dlq";
    }

    /** Every topic of the contract, dead-letter topics included. */
    public static List<TopicSpec> all() {
        return Stream.concat(sources().stream(), sources().stream().map(Topics::dlqOf)).toList();
    }
}
