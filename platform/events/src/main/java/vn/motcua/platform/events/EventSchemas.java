package vn.motcua.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schemas (2020-12) of the event payloads, and their validation. Producers validate what they
 * send in tests; consumers validate what they receive and send what fails to the dead-letter topic.
 */
public final class EventSchemas {

    public static final String DOSSIER_LIFECYCLE = "dossier-lifecycle-event.schema.json";
    public static final String PROCEDURE_SNAPSHOT = "procedure-snapshot.schema.json";
    public static final String UNIT_SNAPSHOT = "unit-snapshot.schema.json";

    private static final Map<String, Schema> SCHEMAS = Map.of(
            DOSSIER_LIFECYCLE, load(DOSSIER_LIFECYCLE),
            PROCEDURE_SNAPSHOT, load(PROCEDURE_SNAPSHOT),
            UNIT_SNAPSHOT, load(UNIT_SNAPSHOT));

    private EventSchemas() {
    }

    /** The schema file that describes a CloudEvents type, if the type belongs to the contract. */
    public static Optional<String> schemaFor(String cloudEventType) {
        if (DossierEventType.ofCloudEventType(cloudEventType).isPresent()) {
            return Optional.of(DOSSIER_LIFECYCLE);
        }
        if (ProcedureSnapshot.TYPE.equals(cloudEventType)) {
            return Optional.of(PROCEDURE_SNAPSHOT);
        }
        if (UnitSnapshot.TYPE.equals(cloudEventType)) {
            return Optional.of(UNIT_SNAPSHOT);
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a payload of the given CloudEvents type; empty when it is valid. An unknown
     * type, unreadable JSON, or a lifecycle payload whose {@code type} disagrees with {@code ce_type}
     * are reported too.
     */
    public static List<String> violations(String cloudEventType, byte[] payload) {
        Optional<String> schemaName = schemaFor(cloudEventType);
        if (schemaName.isEmpty()) {
            return List.of("unknown event type " + cloudEventType);
        }
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(payload);
        } catch (IOException e) {
            return List.of("the payload is not JSON");
        }
        if (json == null || !json.isObject()) {
            return List.of("the payload is not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (Error error : SCHEMAS.get(schemaName.get()).validate(json)) {
            problems.add(error.toString());
        }
        DossierEventType.ofCloudEventType(cloudEventType).ifPresent(expected -> {
            String named = json.path("type").asText();
            if (!expected.eventName().equals(named)) {
                problems.add("$.type: '" + named + "' does not match ce_type " + cloudEventType);
            }
        });
        return problems;
    }

    /** Throws {@link EventFormatException} naming every violation, for tests and producers. */
    public static void requireValid(String cloudEventType, byte[] payload) {
        List<String> problems = violations(cloudEventType, payload);
        if (!problems.isEmpty()) {
            throw new EventFormatException("payload of " + cloudEventType + " is not valid: " + String.join("; ", problems));
        }
    }

    private static Schema load(String name) {
        try (InputStream in = EventSchemas.class.getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
