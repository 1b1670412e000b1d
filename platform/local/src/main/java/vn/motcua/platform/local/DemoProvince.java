package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a running local platform with the demo province through the public REST APIs only: the sample
 * units, fields and procedures (catalogue imports), the 2025-2026 working calendar, half a year of
 * history through the historical import, and today's counter and online activity through live intake,
 * actions and ratings. Everything it sends is deterministic (a fixed seed, import codes, and
 * Idempotency-Keys derived from the day), so running it again changes nothing.
 */
public final class DemoProvince {

    /** How long the demo waits for reporting-service to count the real case before printing what it has. */
    private static final Duration REAL_CASE_WAIT = Duration.ofSeconds(60);


    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int IMPORT_BATCH = 250;
    private static final long REFERENCE_WAIT_MILLIS = 120_000;

    private final PlatformSettings settings;
    private final PlatformClient client;
    private final PrintStream progress;

    public DemoProvince(PlatformSettings settings, PlatformClient client, PrintStream progress) {
        this.settings = settings;
        this.client = client;
        this.progress = progress;
    }

    /** What a run did: dossiers imported now, and those found imported already. */
    public record Outcome(int imported, int unchanged, int liveCreated, int liveReplayed) {
    }

    public Outcome load() {
        long began = System.nanoTime();
        JsonNode catalogue = readJson(settings.repository().resolve("procedure-service/src/main/resources/sample/nghe-an.json"));
        JsonNode calendar = readJson(settings.repository().resolve("dossier-service/src/main/resources/calendar/holidays-2025-2026.json"));
        loadCatalogue(catalogue);
        Set<LocalDate> holidays = loadCalendar(calendar);
        List<ObjectNode> history = new DemoHistory(client.json(), catalogue, holidays).rows();
        int[] counts = importHistory(history);
        int[] live = new DemoLiveDay(client, progress, catalogue, LocalDate.now(VIETNAM)).run();
        progress.printf("Demo loaded in %.0f s: %d historical dossiers imported, %d already there; today %d live dossiers created, %d already there.%n",
                (System.nanoTime() - began) / 1e9, counts[0], counts[1], live[0], live[1]);
        printRealCase();
        return new Outcome(counts[0], counts[1], live[0], live[1]);
    }

    private void loadCatalogue(JsonNode catalogue) {
        String admin = client.provinceAdmin();
        JsonNode known = client.get(ServiceName.PROCEDURE, "/api/v1/fields", admin).expect(200);
        Map<String, String> knownFields = new java.util.HashMap<>();
        for (JsonNode field : known.isArray() ? known : known.path("items")) {
            knownFields.put(field.path("code").asText(), field.path("name").asText());
        }
        int fieldsWritten = 0;
        for (JsonNode field : catalogue.path("fields")) {
            String code = field.path("code").asText();
            if (!field.path("name").asText().equals(knownFields.get(code))) {
                client.put(ServiceName.PROCEDURE, "/api/v1/fields/" + code, admin, Map.of("name", field.path("name").asText()))
                        .expect(200, 201);
                fieldsWritten++;
            }
        }
        progress.printf("Catalogue: %d fields written, %d as they were%n", fieldsWritten, catalogue.path("fields").size() - fieldsWritten);
        report("units", client.post(ServiceName.PROCEDURE, "/api/v1/units/import", admin, catalogue.path("units"), null).expect(200));
        ArrayNode procedures = client.json().createArrayNode();
        for (JsonNode procedure : catalogue.path("procedures")) {
            procedures.add(procedure);
        }
        report("procedures", client.post(ServiceName.PROCEDURE, "/api/v1/procedures/import", admin, procedures, null).expect(200));
    }

    private void report(String what, JsonNode report) {
        progress.printf("Catalogue: %s %d created, %d updated, %d unchanged%n", what,
                report.path("created").asInt(), report.path("updated").asInt(), report.path("unchanged").asInt());
    }

    /** Stores each year of the published calendar unless dossier-service holds it already as published. */
    private Set<LocalDate> loadCalendar(JsonNode published) {
        String admin = client.provinceAdmin();
        Set<LocalDate> holidays = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> years = published.path("years").fields(); years.hasNext(); ) {
            Map.Entry<String, JsonNode> year = years.next();
            ObjectNode body = client.json().createObjectNode();
            body.set("holidays", entries(year.getValue().path("holidays")));
            body.set("makeUpWorkingDays", entries(year.getValue().path("makeUpWorkingDays")));
            year.getValue().path("holidays").forEach(day -> holidays.add(LocalDate.parse(day.path("date").asText())));
            JsonNode stored = client.get(ServiceName.DOSSIER, "/api/v1/calendar/" + year.getKey(), admin).expect(200);
            boolean same = "STORED".equals(stored.path("status").asText())
                    && days(stored.path("holidays")).equals(days(body.path("holidays")))
                    && days(stored.path("makeUpWorkingDays")).equals(days(body.path("makeUpWorkingDays")));
            if (same) {
                progress.println("Calendar " + year.getKey() + ": stored as published");
            } else {
                client.put(ServiceName.DOSSIER, "/api/v1/calendar/" + year.getKey(), admin, body).expect(200);
                progress.println("Calendar " + year.getKey() + ": stored");
            }
        }
        return holidays;
    }

    private ArrayNode entries(JsonNode days) {
        ArrayNode entries = client.json().createArrayNode();
        for (JsonNode day : days) {
            ObjectNode entry = entries.addObject();
            entry.put("date", day.path("date").asText());
            entry.put("name", day.path("name").asText());
            entry.put("confidence", day.path("confidence").asText("certain").toUpperCase());
        }
        return entries;
    }

    private static Set<String> days(JsonNode days) {
        Set<String> set = new HashSet<>();
        days.forEach(day -> set.add(day.path("date").asText() + " " + day.path("name").asText()));
        return set;
    }

    /**
     * Imports the history in batches. Rows that name a procedure or unit dossier-service has not yet
     * learnt from Kafka come back invalid and are sent again: the import reports rows already imported
     * as unchanged, so a repeated batch never duplicates.
     */
    private int[] importHistory(List<ObjectNode> rows) {
        String admin = client.provinceAdmin();
        int imported = 0;
        int unchanged = 0;
        long deadline = System.currentTimeMillis() + REFERENCE_WAIT_MILLIS;
        for (int from = 0; from < rows.size(); ) {
            ArrayNode batch = client.json().createArrayNode();
            rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH)).forEach(batch::add);
            JsonNode report = client.post(ServiceName.DOSSIER, "/api/v1/dossiers/import", admin, batch, null).expect(200);
            imported += report.path("imported").asInt();
            unchanged += report.path("unchanged").asInt();
            if (report.path("invalid").asInt() > 0) {
                JsonNode first = firstInvalid(report);
                if (!waitingForReferenceData(first) || System.currentTimeMillis() > deadline) {
                    throw new PlatformException("the demo's historical import was refused: " + first);
                }
                pause();
                continue;
            }
            from += batch.size();
            progress.printf("History: %d of %d dossiers (%d imported, %d already there)%n", from, rows.size(), imported, unchanged);
        }
        return new int[] {imported, unchanged};
    }

    private static JsonNode firstInvalid(JsonNode report) {
        for (JsonNode result : report.path("results")) {
            if ("INVALID".equals(result.path("action").asText())) {
                return result;
            }
        }
        return report;
    }

    private static boolean waitingForReferenceData(JsonNode invalid) {
        String errors = invalid.path("errors").toString();
        return errors.contains("procedureCode") || errors.contains("UnitCode");
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for dossier-service to learn the catalogue");
        }
    }

    /**
     * DOMAIN's real case as the province reads it: Lượng Minh's civil-status dossiers of 1 to 9 July 2025,
     * once reporting-service has read their events (it follows the topic, so this waits for it a while).
     */
    private void printRealCase() {
        String path = "/api/v1/reports/summary?from=" + DemoHistory.REAL_CASE_FROM + "&to=" + DemoHistory.REAL_CASE_TO
                + "&unit=" + DemoHistory.REAL_CASE_UNIT + "&field=" + DemoHistory.REAL_CASE_FIELD;
        String analyst = client.analyst();
        long deadline = System.nanoTime() + REAL_CASE_WAIT.toNanos();
        JsonNode figures = client.get(ServiceName.REPORTING, path, analyst).expect(200).path("figures");
        while (figures.path("received").asLong() < DemoHistory.REAL_CASE_DOSSIERS && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(500));
            figures = client.get(ServiceName.REPORTING, path, analyst).expect(200).path("figures");
        }
        long onTime = figures.path("resolvedEarly").asLong() + figures.path("resolvedOnTime").asLong();
        progress.printf("The real case: Lượng Minh %s: %d received, %d on time (%s to %s, field %s). GET http://localhost:%d%s%n",
                DemoHistory.REAL_CASE_UNIT, figures.path("received").asLong(), onTime, DemoHistory.REAL_CASE_FROM,
                DemoHistory.REAL_CASE_TO, DemoHistory.REAL_CASE_FIELD, settings.port(ServiceName.REPORTING), path);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for reporting-service to read the demo's events");
        }
    }

    /** A stable Idempotency-Key for one step of the demo, so that a second run replays instead of acting. */
    static String key(String... parts) {
        return UUID.nameUUIDFromBytes(("motcua-demo:" + String.join(":", parts)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private JsonNode readJson(Path file) {
        try {
            return client.json().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new PlatformException("the demo reads " + file + ", which cannot be read: " + e.getMessage());
        }
    }
}
