package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.local.DemoFiles;
import vn.motcua.platform.local.DemoProvince;
import vn.motcua.platform.local.FreePorts;
import vn.motcua.platform.local.LocalPlatform;
import vn.motcua.platform.local.PlatformClient;
import vn.motcua.platform.local.PlatformSettings;
import vn.motcua.platform.local.ServiceName;
import vn.motcua.platform.testing.QrDecoding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as its users meet it: three service processes, PostgreSQL and Kafka started
 * through platform/local on free ports and a temporary home, filled by the demo loader, then walked by a
 * province admin, an officer, a citizen and a dashboard. Then the platform is shaken: reporting-service
 * restarts while dossiers arrive, and Kafka goes away during a burst of intakes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvinceEndToEndIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String UNIT = "17920";
    private static final String PROCEDURE = "1.990001";
    private static final String ONLINE_PROCEDURE = "1.990002";
    private static final String FORM = "Tờ khai đăng ký kết hôn";
    private static final String ID_CARD = "Bản chụp căn cước";
    private static final String RESIDENCE = "Giấy xác nhận tạm trú";
    private static final String MISSING = "Giấy xác nhận của trưởng thôn (bản chính)";
    private static final Map<String, String> APPLICANT = Map.of(
            "fullName", "Lương Thị Khánh Vân", "citizenId", "040199012345", "phone", "0987654321",
            "address", "Khối 7, phường Vinh Hưng");

    private final ByteArrayOutputStream platformLog = new ByteArrayOutputStream();
    private Path home;
    private LocalPlatform platform;
    private PlatformClient client;
    private Dashboard dashboard;
    private final AtomicInteger intakes = new AtomicInteger();

    @BeforeAll
    void startThePlatform() throws IOException {
        home = Files.createTempDirectory("motcua-e2e-");
        Map<String, String> environment = new HashMap<>();
        environment.put("MOTCUA_HOME", home.toString());
        environment.put("MOTCUA_PG_PORT", Integer.toString(FreePorts.any()));
        environment.put("MOTCUA_KAFKA_PORT", Integer.toString(freePairOfPorts()));
        environment.put("MOTCUA_S3_PORT", Integer.toString(FreePorts.any()));
        for (ServiceName service : ServiceName.values()) {
            environment.put(service.portVariable(), Integer.toString(FreePorts.any()));
        }
        PlatformSettings settings = PlatformSettings.fromEnvironment(
                Path.of(System.getProperty("motcua.repository", "..")).toAbsolutePath().normalize(), environment);
        platform = new LocalPlatform(settings, new PrintStream(platformLog, true, StandardCharsets.UTF_8));
        // the demo loads the catalogue through the import API, as ./motcua up --demo does
        platform.loadSampleCatalogue(false);
        platform.start();
        client = new PlatformClient(settings);
        dashboard = new Dashboard(platform.kafkaBootstrapServers().orElseThrow());
    }

    @AfterAll
    void stopThePlatform() throws IOException {
        if (dashboard != null) {
            dashboard.close();
        }
        if (platform != null) {
            platform.close();
        }
        System.out.println(platformLog.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void theDemoFillsTheProvinceWithTheRealCaseAndASecondRunChangesNothing() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoProvince.Outcome first = new DemoProvince(platform.settings(), client, quiet).load();
        assertThat(first.imported()).isGreaterThan(500);
        assertThat(first.liveCreated()).isGreaterThan(20);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode history = figures(historyScope());
            assertThat(history.path("received").asLong() + history.path("refused").asLong()).isEqualTo(first.imported());
            JsonNode today = figures(liveScope());
            assertThat(today.path("received").asLong() + today.path("refused").asLong()).isEqualTo(first.liveCreated());
        });
        JsonNode realCase = figures("from=2025-07-01&to=2025-07-09&unit=16906&field=tu-phap-ho-tich");
        assertThat(realCase.path("received").asLong()).isEqualTo(43);
        assertThat(realCase.path("resolvedOnTime").asLong()).isEqualTo(43);
        assertThat(realCase.path("resolvedEarly").asLong()).isZero();
        assertThat(realCase.path("resolvedLate").asLong()).isZero();
        assertThat(realCase.path("carriedOver").asLong()).isZero();
        assertThat(realCase.path("onTimeRate").decimalValue()).isEqualByComparingTo("1");
        JsonNode history = figures(historyScope());
        assertThat(history.path("resolvedLate").asLong()).as("late dossiers with apologies").isPositive();
        assertThat(history.path("withdrawn").asLong()).isPositive();
        assertThat(history.path("refused").asLong()).isPositive();
        JsonNode today = figures(liveScope());

        DemoProvince.Outcome second = new DemoProvince(platform.settings(), client, quiet).load();

        assertThat(second.imported()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.imported());
        assertThat(second.liveCreated()).isZero();
        assertThat(figures(historyScope())).isEqualTo(history);
        assertThat(figures(liveScope())).isEqualTo(today);
        assertThat(figures("from=2025-07-01&to=2025-07-09&unit=16906&field=tu-phap-ho-tich")).isEqualTo(realCase);
    }

    @Test
    @Order(2)
    void aNewProcedureIsPublishedUsedRatedReportedStreamedAndBoarded() throws Exception {
        String admin = client.provinceAdmin();
        String officer = client.officer(UNIT);
        Map<String, Object> intake = intakeOf(PROCEDURE);
        // dossier-service knows a procedure only from the catalogue topic
        assertThat(client.post(ServiceName.DOSSIER, "/api/v1/dossiers", officer, intake, UUID.randomUUID().toString()).status())
                .isEqualTo(422);

        client.post(ServiceName.PROCEDURE, "/api/v1/procedures", admin, """
                {"code": "%s", "name": "Xác nhận thông tin cư trú cho người dân tộc thiểu số", "fieldCode": "tu-phap-ho-tich",
                 "levels": ["COMMUNE"], "processingTime": {"unit": "WORKING_DAYS", "amount": 3},
                 "fees": [{"channel": "ANY", "amount": 0}],
                 "documents": [{"name": "Tờ khai xác nhận cư trú", "copies": 1, "form": "ORIGINAL"}],
                 "legalBasis": ["Luật Cư trú 2020"], "competentAgency": "Ủy ban nhân dân xã",
                 "onlineServiceLevel": "PARTIAL", "effectiveDate": "2025-07-01"}""".formatted(PROCEDURE),
                UUID.randomUUID().toString()).expect(201);

        String intakeKey = UUID.randomUUID().toString();
        PlatformClient.Answer[] received = new PlatformClient.Answer[1];
        await().atMost(EVENTUALLY).until(() -> {
            received[0] = client.post(ServiceName.DOSSIER, "/api/v1/dossiers", officer, intake, intakeKey);
            return received[0].status() != 422;
        });
        JsonNode dossier = received[0].expect(201);
        intakes.incrementAndGet();
        String id = dossier.path("id").asText();
        String code = dossier.path("code").asText();
        String pin = dossier.path("pin").asText();
        byte[] result = DemoFiles.pdf("Xac nhan thong tin cu tru " + code);
        assertThat(dossier.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(pin).matches("\\d{8}");

        act(id, officer, "request-supplement", Map.of("missingDocuments", List.of(MISSING)));
        JsonNode lookup = client.post(ServiceName.DOSSIER, "/api/v1/public/lookup", null, Map.of("code", code, "pin", pin), null)
                .expect(200);
        assertThat(lookup.path("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(lookup.path("missingDocuments").get(0).asText()).isEqualTo(MISSING);
        assertThat(lookup.toString()).doesNotContain(APPLICANT.values());
        act(id, officer, "provide-supplement", Map.of());
        String ticket = client.post(ServiceName.REPORTING, "/api/v1/stream/tickets", officer, Map.of("unit", UNIT), null)
                .expect(200, 201).path("ticket").asText();
        try (LiveFeed feed = LiveFeed.open(client.uri(ServiceName.REPORTING, "/api/v1/stream?ticket=" + ticket + "&unit=" + UNIT))) {
            JsonNode before = feed.next();
            assertThat(before.path("unit").asText()).isEqualTo(UNIT);
            // resolved as a file once the competent unit stored the result PDF
            client.putFile(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/result/file", officer, result, "application/pdf",
                    "kết quả.pdf").expect(200, 201);
            act(id, officer, "resolve", Map.of("outcome", "APPROVED", "resultAsFile", true));
            // the stream pushes the unit's counters after each change reporting-service reads
            long resolvedBefore = before.path("resolved").asLong();
            JsonNode after = feed.nextMatching(counters -> counters.path("resolved").asLong() > resolvedBefore);
            assertThat(after.path("resolved").asLong()).isEqualTo(resolvedBefore + 1);
        }
        act(id, officer, "return", Map.of());
        // the applicant downloads the electronic result with the code and PIN, in a POST body; unsigned, it is a copy
        PlatformClient.Answer download = client.post(ServiceName.DOSSIER, "/api/v1/public/result", null,
                Map.of("code", code, "pin", pin), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.response().body()).isEqualTo(result);
        JsonNode resolvedLookup = client.post(ServiceName.DOSSIER, "/api/v1/public/lookup", null, Map.of("code", code, "pin", pin), null)
                .expect(200);
        assertThat(resolvedLookup.path("resultAvailable").asBoolean()).isTrue();
        assertThat(resolvedLookup.path("resultSigned").asBoolean()).isFalse();
        assertThat(client.post(ServiceName.DOSSIER, "/api/v1/public/rating", null,
                Map.of("code", code, "pin", pin, "score", 5, "comment", "Cán bộ hướng dẫn tận tình"), null)
                .expect(200).path("score").asInt()).isEqualTo(5);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode figures = figures(liveScope() + "&unit=" + UNIT + "&procedure=" + PROCEDURE);
            assertThat(figures.path("received").asLong()).isEqualTo(1);
            assertThat(figures.path("resolved").asLong()).isEqualTo(1);
        });

        List<String> types = List.of("received", "supplement-requested", "supplement-provided", "resolved", "returned", "rated");
        List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
        await().atMost(EVENTUALLY).pollInSameThread().untilAsserted(() -> {
            events.clear();
            events.addAll(dashboard.recordsOf(id));
            assertThat(events).hasSize(types.size());
        });
        for (int i = 0; i < types.size(); i++) {
            ConsumerRecord<String, byte[]> record = events.get(i);
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(envelope.type()).isEqualTo("vn.motcua.dossier." + types.get(i) + ".v1");
            assertThat(envelope.source()).isEqualTo("/motcua/dossier-service");
            assertThat(envelope.subject()).isEqualTo(code);
            assertThat(envelope.time().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            String everything = new String(record.value(), StandardCharsets.UTF_8) + headersOf(record);
            assertThat(everything).doesNotContain(APPLICANT.values()).doesNotContain(pin).doesNotContain("tận tình");
        }

        JsonNode board = client.get(ServiceName.PROCEDURE, "/api/v1/units/" + UNIT + "/board", null, "application/json").expect(200);
        JsonNode entry = null;
        for (JsonNode field : board.path("fields")) {
            for (JsonNode procedure : field.path("procedures")) {
                if (procedure.path("code").asText().equals(PROCEDURE)) {
                    entry = procedure;
                }
            }
        }
        assertThat(entry).as("the new procedure on the board of " + UNIT).isNotNull();
        PlatformClient.Answer qr = client.get(ServiceName.PROCEDURE, entry.path("qrCodeUrl").asText(), null, "image/png");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(QrDecoding.decodePng(qr.response().body()).getText())
                .isEqualTo(entry.path("publicUrl").asText())
                .endsWith("/thu-tuc/" + PROCEDURE);
    }

    @Test
    @Order(3)
    void aCitizenSubmitsOnlineWithFilesAndTheDigitizationFigureFollowsTheStoredOnes() throws Exception {
        String admin = client.provinceAdmin();
        String officer = client.officer(UNIT);
        String citizen = client.citizen("e2e-citizen-" + UUID.randomUUID());
        client.post(ServiceName.PROCEDURE, "/api/v1/procedures", admin, """
                {"code": "%s", "name": "Đăng ký kết hôn có yếu tố tạm trú", "fieldCode": "tu-phap-ho-tich",
                 "levels": ["COMMUNE"], "processingTime": {"unit": "WORKING_DAYS", "amount": 5},
                 "fees": [{"channel": "ANY", "amount": 0}],
                 "documents": [{"name": "%s", "copies": 1, "form": "ORIGINAL"},
                               {"name": "%s", "copies": 1, "form": "COPY"},
                               {"name": "%s", "copies": 1, "form": "ORIGINAL"}],
                 "legalBasis": ["Luật Hộ tịch 2014"], "competentAgency": "Ủy ban nhân dân xã",
                 "onlineServiceLevel": "FULL", "effectiveDate": "2025-07-01"}"""
                .formatted(ONLINE_PROCEDURE, FORM, ID_CARD, RESIDENCE), UUID.randomUUID().toString()).expect(201);
        byte[] form = DemoFiles.pdf("To khai dang ky ket hon");
        byte[] idCard = DemoFiles.png();
        byte[] residence = DemoFiles.pdf("Giay xac nhan tam tru");
        Map<String, Object> submission = Map.of("procedureCode", ONLINE_PROCEDURE, "receivingUnitCode", UNIT,
                "applicant", APPLICANT,
                "documents", List.of(declaredFile(FORM, "tờ khai kết hôn.pdf", form), declaredFile(ID_CARD, "căn cước.png", idCard),
                        Map.of("name", RESIDENCE, "receivedAs", "PAPER")));
        PlatformClient.Answer[] submitted = new PlatformClient.Answer[1];
        String submissionKey = UUID.randomUUID().toString();
        // dossier-service knows the new procedure once the catalogue topic brought it
        await().atMost(EVENTUALLY).until(() -> {
            submitted[0] = client.post(ServiceName.DOSSIER, "/api/v1/dossiers", citizen, submission, submissionKey);
            return submitted[0].status() != 422;
        });
        JsonNode dossier = submitted[0].expect(201);
        String id = dossier.path("id").asText();
        assertThat(dossier.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(dossier.path("channel").asText()).isEqualTo("ONLINE");

        // accept waits for the files declared at submission
        assertThat(client.post(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/actions/accept", officer, Map.of(),
                UUID.randomUUID().toString()).status()).isEqualTo(409);
        upload(citizen, id, 0, form, "application/pdf", "tờ khai kết hôn.pdf");
        upload(citizen, id, 1, idCard, "image/png", "căn cước.png");
        act(id, officer, "accept", Map.of());
        String scope = liveScope() + "&unit=" + UNIT + "&procedure=" + ONLINE_PROCEDURE;
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode counts = digitization(scope).path("counts");
            assertThat(counts.path("documentsTotal").asLong()).isEqualTo(3);
            assertThat(counts.path("documentsDigitized").asLong()).isEqualTo(2);
        });

        act(id, officer, "request-supplement", Map.of("reason", "Thiếu giấy xác nhận tạm trú", "reasonCode", "INCOMPLETE",
                "missingDocuments", List.of(RESIDENCE)));
        upload(citizen, id, 2, residence, "application/pdf", "xác nhận tạm trú.pdf");
        JsonNode provided = client.post(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/actions/provide-supplement", citizen,
                Map.of(), UUID.randomUUID().toString()).expect(200);
        assertThat(provided.path("status").asText()).isEqualTo("IN_PROGRESS");
        await().atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(digitization(scope).path("counts").path("documentsDigitized").asLong()).isEqualTo(3));

        // the officer reads the citizen's file back, byte for byte, and the read is on the audit
        PlatformClient.Answer download = client.get(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/documents/2/file", officer,
                "application/pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.response().body()).isEqualTo(residence);
        assertThat(download.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonNode audit = client.get(ServiceName.DOSSIER, "/api/v1/admin/audit?dossier=" + id, admin).expect(200);
        assertThat(audit.path("items").findValuesAsText("what")).contains("FILE");

        // the topic carries each file's position and digest, never its name nor the applicant
        List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
        await().atMost(EVENTUALLY).pollInSameThread().untilAsserted(() -> {
            events.clear();
            events.addAll(dashboard.recordsOf(id));
            assertThat(events).extracting(record -> CloudEventCodec.fromRecord(record).type())
                    .filteredOn(type -> type.equals("vn.motcua.dossier.file-attached.v1")).hasSize(3);
        });
        for (ConsumerRecord<String, byte[]> record : events) {
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            String everything = new String(record.value(), StandardCharsets.UTF_8) + headersOf(record);
            assertThat(everything).doesNotContain(APPLICANT.values()).doesNotContain("tờ khai kết hôn", "căn cước", "tạm trú.pdf");
        }
        assertThat(events).extracting(record -> CloudEventCodec.fromRecord(record).type()).endsWith(
                "vn.motcua.dossier.file-attached.v1", "vn.motcua.dossier.supplement-provided.v1");
        assertThat(new String(events.get(events.size() - 2).value(), StandardCharsets.UTF_8))
                .contains(DemoFiles.sha256(residence)).contains("\"documentPosition\":2");
    }

    @Test
    @Order(4)
    void reportingServiceRestartsWhileDossiersArriveAndNoNumberChanges() {
        JsonNode history = figures(historyScope());
        String officer = client.officer(UNIT);
        java.util.concurrent.atomic.AtomicBoolean restarted = new java.util.concurrent.atomic.AtomicBoolean();
        // intakes go on until reporting-service is back, so that events arrive before, during and after its restart
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200 && (i < 12 || !restarted.get()); i++) {
                client.post(ServiceName.DOSSIER, "/api/v1/dossiers", officer, intakeOf(PROCEDURE), UUID.randomUUID().toString()).expect(201);
                intakes.incrementAndGet();
            }
        });
        int beforeRestart = intakes.get();
        await().atMost(EVENTUALLY).until(() -> intakes.get() >= beforeRestart + 4);
        platform.restartService(ServiceName.REPORTING);
        restarted.set(true);
        burst.join();

        await().atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(figures(liveScope() + "&unit=" + UNIT + "&procedure=" + PROCEDURE).path("received").asLong())
                        .isEqualTo(intakes.get()));
        assertThat(figures(historyScope())).isEqualTo(history);
    }

    @Test
    @Order(5)
    void intakeGoesOnWhileKafkaIsAwayAndReportsCatchUpWhenItReturns() {
        String officer = client.officer(UNIT);
        int before = intakes.get();
        platform.stopKafka();
        try {
            for (int i = 0; i < 8; i++) {
                JsonNode dossier = client.post(ServiceName.DOSSIER, "/api/v1/dossiers", officer, intakeOf(PROCEDURE),
                        UUID.randomUUID().toString()).expect(201);
                assertThat(dossier.path("status").asText()).isEqualTo("RECEIVED");
                intakes.incrementAndGet();
            }
            JsonNode worklist = client.get(ServiceName.DOSSIER, "/api/v1/dossiers?procedure=" + PROCEDURE + "&size=200", officer)
                    .expect(200);
            assertThat(worklist.toString()).contains(PROCEDURE);
        } finally {
            platform.startKafka();
        }
        assertThat(intakes.get()).isEqualTo(before + 8);

        await().atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(figures(liveScope() + "&unit=" + UNIT + "&procedure=" + PROCEDURE).path("received").asLong())
                        .isEqualTo(intakes.get()));
    }

    private static Map<String, Object> declaredFile(String name, String fileName, byte[] bytes) {
        return Map.of("name", name, "receivedAs", "FILE", "fileName", fileName, "sizeBytes", bytes.length,
                "sha256", DemoFiles.sha256(bytes));
    }

    private void upload(String citizen, String id, int position, byte[] bytes, String type, String fileName) {
        JsonNode stored = client.putFile(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/documents/" + position + "/file", citizen,
                bytes, type, fileName).expect(200, 201);
        assertThat(stored.path("sha256").asText()).isEqualTo(DemoFiles.sha256(bytes));
    }

    /** The 766 index's digitization group for {@code query}. */
    private JsonNode digitization(String query) {
        JsonNode index = client.get(ServiceName.REPORTING, "/api/v1/reports/index-766?" + query, client.analyst()).expect(200);
        for (JsonNode criterion : index.path("criteria")) {
            if (criterion.path("name").asText().equals("digitization")) {
                return criterion;
            }
        }
        throw new AssertionError("no digitization group in " + index);
    }

    private JsonNode figures(String query) {
        return client.get(ServiceName.REPORTING, "/api/v1/reports/summary?" + query, client.analyst()).expect(200).path("figures");
    }

    private static String historyScope() {
        return "from=2025-07-01&to=2025-12-31";
    }

    /** Today and the weeks after it: a dossier received out of hours starts its clock at the next working period. */
    private static String liveScope() {
        LocalDate today = LocalDate.now(VIETNAM);
        return "from=" + today + "&to=" + today.plusDays(30);
    }

    private Map<String, Object> intakeOf(String procedure) {
        return Map.of("procedureCode", procedure, "receivingUnitCode", UNIT, "channel", "COUNTER",
                "applicant", APPLICANT,
                "documents", List.of(Map.of("name", "Tờ khai xác nhận cư trú", "receivedAs", "PAPER")));
    }

    private void act(String id, String officer, String action, Map<String, ?> body) {
        client.post(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/actions/" + action, officer, body, UUID.randomUUID().toString())
                .expect(200);
    }

    private static String headersOf(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder();
        for (Header header : record.headers()) {
            text.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
        }
        return text.toString();
    }

    /** Kafka's controller listens on the broker's port + 1: both must be free. */
    private static int freePairOfPorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = FreePorts.any();
            if (port < 65535 && FreePorts.isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two free neighbouring ports");
    }

    /** The live feed as a browser's EventSource reads it: the data of each {@code counters} event. */
    private static final class LiveFeed implements AutoCloseable {
        private final Stream<String> lines;
        private final Iterator<String> iterator;
        private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        private LiveFeed(Stream<String> lines) {
            this.lines = lines;
            this.iterator = lines.iterator();
        }

        static LiveFeed open(java.net.URI uri) throws Exception {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            return new LiveFeed(response.body());
        }

        JsonNode next() {
            return nextMatching(counters -> true);
        }

        /** Reads events until one matches; the stream's own pushes and periodic counts bound the wait. */
        JsonNode nextMatching(java.util.function.Predicate<JsonNode> wanted) {
            CompletableFuture<JsonNode> found = CompletableFuture.supplyAsync(() -> {
                while (iterator.hasNext()) {
                    String line = iterator.next();
                    if (line.startsWith("data:")) {
                        try {
                            JsonNode counters = json.readTree(line.substring(5).trim());
                            if (wanted.test(counters)) {
                                return counters;
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                throw new AssertionError("the live feed ended");
            });
            return found.orTimeout(EVENTUALLY.toSeconds(), TimeUnit.SECONDS).join();
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
