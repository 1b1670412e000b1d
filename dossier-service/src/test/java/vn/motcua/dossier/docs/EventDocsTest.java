package vn.motcua.dossier.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.TopicSpec;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event documentation for dashboard teams (docs/events.md, docs/asyncapi.yaml) against the contract
 * in platform/events: every example must fit its type's schema and every topic and type must be there,
 * so the pages cannot drift from what the services publish.
 */
class EventDocsTest {

    /** A fenced JSON block, with the ce_type marker in the HTML comment right above it when it has one. */
    private static final Pattern JSON_BLOCK = Pattern.compile("(?:<!-- ce_type: (\\S+) -->\\n)?```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyJsonExampleOfEventsMdNamesItsTypeAndFitsItsSchema() throws IOException {
        Map<String, List<String>> examples = examplesOfEventsMd();
        for (Map.Entry<String, List<String>> entry : examples.entrySet()) {
            for (String json : entry.getValue()) {
                byte[] payload = json.getBytes(StandardCharsets.UTF_8);
                assertThat(EventSchemas.violations(entry.getKey(), payload)).as("example of %s", entry.getKey()).isEmpty();
                readsAsItsRecord(entry.getKey(), payload);
            }
        }
    }

    @Test
    void eventsMdHasAnExampleOfEachDossierEventTypeAndOfBothSnapshots() throws IOException {
        Set<String> expected = new HashSet<>();
        Arrays.stream(DossierEventType.values()).map(DossierEventType::cloudEventType).forEach(expected::add);
        expected.add(ProcedureSnapshot.TYPE);
        expected.add(UnitSnapshot.TYPE);
        assertThat(examplesOfEventsMd().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void eventsMdNamesEveryTopicAndStatusCode() throws IOException {
        String page = Files.readString(docs().resolve("events.md"));
        for (TopicSpec topic : Topics.all()) {
            assertThat(page).contains(topic.name().endsWith(".dlq") ? ".dlq" : "`" + topic.name() + "`");
        }
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(page).contains("| " + status.code() + " | `" + status.name() + "` |");
        }
    }

    @Test
    void asyncApiIsAnAsyncApi3DocumentOfTheThreeTopicsAndTheirDeadLetterTopics() throws IOException {
        JsonNode document = new YAMLMapper().readTree(docs().resolve("asyncapi.yaml").toFile());
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(TopicSpec::name).toList());
        document.path("channels").forEach(channel -> {
            JsonNode binding = channel.path("bindings").path("kafka");
            TopicSpec spec = Topics.all().stream().filter(t -> t.name().equals(channel.path("address").asText())).findFirst().orElseThrow();
            assertThat(binding.path("topic").asText()).isEqualTo(spec.name());
            assertThat(binding.path("topicConfiguration").path("cleanup.policy").get(0).asText()).isEqualTo(spec.cleanupPolicy());
            assertThat(binding.path("topicConfiguration").path("retention.ms").asLong()).isEqualTo(spec.retentionMs());
            channel.path("messages").forEach(message -> assertThat(resolve(document, message.path("$ref").asText()).isMissingNode())
                    .as("message %s", message).isFalse());
        });
    }

    @Test
    void asyncApiDescribesEveryMessageTypeWithItsSchemaFileAndAnExampleThatFitsIt() throws IOException {
        Path docs = docs();
        JsonNode document = new YAMLMapper().readTree(docs.resolve("asyncapi.yaml").toFile());
        Set<String> described = new HashSet<>();
        for (Iterator<JsonNode> messages = document.path("components").path("messages").elements(); messages.hasNext(); ) {
            JsonNode message = messages.next();
            String type = message.path("name").asText();
            if (EventSchemas.schemaFor(type).isEmpty()) {
                // the dead letter: the original bytes, whatever they were
                assertThat(type).isEqualTo("dead-letter");
                continue;
            }
            described.add(type);
            String schemaFile = message.path("payload").path("schema").path("$ref").asText();
            assertThat(schemaFile).endsWith("/" + EventSchemas.schemaFor(type).get());
            assertThat(Files.exists(docs.resolve(schemaFile).normalize())).as("schema file %s", schemaFile).isTrue();
            assertThat(message.path("examples").size()).isPositive();
            for (JsonNode example : message.path("examples")) {
                byte[] payload = EventJson.write(example.path("payload"));
                assertThat(EventSchemas.violations(type, payload)).as("example of %s", type).isEmpty();
                assertThat(example.path("headers").path("ce_type").asText()).isEqualTo(type);
                readsAsItsRecord(type, payload);
            }
        }
        Set<String> expected = new HashSet<>();
        Arrays.stream(DossierEventType.values()).map(DossierEventType::cloudEventType).forEach(expected::add);
        expected.add(ProcedureSnapshot.TYPE);
        expected.add(UnitSnapshot.TYPE);
        assertThat(described).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The status code must be the status's: the schema alone does not tie them together. */
    private static void readsAsItsRecord(String type, byte[] payload) {
        if (DossierEventType.ofCloudEventType(type).isPresent()) {
            DossierLifecycleEvent event = EventJson.read(payload, DossierLifecycleEvent.class);
            assertThat(event.statusCode()).as("statusCode of %s", type).isEqualTo(event.status().code());
            assertThat(event.cloudEventType()).isEqualTo(type);
        } else if (ProcedureSnapshot.TYPE.equals(type)) {
            EventJson.read(payload, ProcedureSnapshot.class);
        } else {
            EventJson.read(payload, UnitSnapshot.class);
        }
    }

    private static Map<String, List<String>> examplesOfEventsMd() throws IOException {
        String page = Files.readString(docs().resolve("events.md"));
        Map<String, List<String>> examples = new LinkedHashMap<>();
        Matcher block = JSON_BLOCK.matcher(page);
        while (block.find()) {
            assertThat(block.group(1)).as("the JSON block at offset %d has no <!-- ce_type: ... --> line above it", block.start())
                    .isNotNull();
            examples.computeIfAbsent(block.group(1), type -> new ArrayList<>()).add(block.group(2));
        }
        return examples;
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        JsonNode node = document;
        for (String part : ref.replaceFirst("^#/", "").split("/")) {
            node = node.path(part);
        }
        return node;
    }

    /** The repository's docs folder, from the module's directory (where Maven runs the tests) or above it. */
    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        return Stream.iterate(here, path -> path != null, Path::getParent)
                .map(path -> path.resolve("docs"))
                .filter(path -> Files.exists(path.resolve("events.md")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no docs/events.md above " + here));
    }
}
