package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.TestInfrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.dossier.lifecycle.CitizenAccess.OFFICER;

/**
 * The memory bound of an upload, proved on the packaged service in a JVM of its own, as production runs it: a heap
 * of 128 MiB ({@code quarkus.test.arg-line=-Xmx128m}, set for this module's integration tests in its pom; the service
 * starts in it, and {@link #theServiceRunsWithAHeapOf128MiBAtMost} checks it got no more) and a pool of one database
 * connection ({@link OneConnection}). A 20 MB file is stored and read back byte for byte; while an
 * upload's body is still arriving, with the service's only connection, requests that need the database are
 * answered, so the upload holds none; and six uploads of 20 MB at once, 120 MiB together, all succeed in that heap,
 * so none is held in memory. The bodies come from {@link GeneratedPdf}, never from a 20 MB array. An upload is
 * held back at half its length until the service has spooled that half to disk (its temporary folder is the
 * test's, {@link OneConnection#SPOOL}), which is how the test knows the service is in the middle of the upload.
 *
 * <p>Run it alone: {@code mvn -pl dossier-service -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LargeUploadIT}.
 */
@QuarkusIntegrationTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(LargeUploadIT.OneConnection.class)
class LargeUploadIT {

    private static final long TWENTY_MB = 20L * 1024 * 1024;
    private static final long HALF = TWENTY_MB / 2;
    private static final long HEAP = 128L * 1024 * 1024;
    private static final int AT_ONCE = 6;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SPOOLED = "motcua-upload-";

    private static ExecutorService senders;
    private static boolean referenceDataPublished;

    /**
     * The service's pool of database connections is one, and its temporary files go to a folder of the test's.
     * Flyway takes two connections at start (its history table's and the migration's), so it migrates over
     * connections of its own to the same database ({@code quarkus.flyway.jdbc-url}, which wants a user and a password:
     * the embedded PostgreSQL has no password and ignores the one given); requests have the pool's one.
     */
    public static class OneConnection implements QuarkusTestProfile {

        static final Path SPOOL = temporaryFolder();

        @Override
        public Map<String, String> getConfigOverrides() {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            return Map.of("quarkus.datasource.jdbc.max-size", "1",
                    "quarkus.flyway.jdbc-url", "${quarkus.datasource.jdbc.url}",
                    "quarkus.flyway.username", infrastructure.user(),
                    "quarkus.flyway.password", infrastructure.password().isEmpty() ? "ignored" : infrastructure.password(),
                    "java.io.tmpdir", SPOOL.toString());
        }

        /** Under the module's {@code target}, so that {@code mvn clean} takes what the service leaves there. */
        private static Path temporaryFolder() {
            try {
                Path target = Files.createDirectories(Path.of("target"));
                return Files.createTempDirectory(target, "large-upload-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What the service answered an upload: its status and JSON body. */
    private record Answer(int status, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @BeforeAll
    static void startSenders() {
        senders = Executors.newFixedThreadPool(AT_ONCE);
    }

    /** Once, before the first test (RestAssured knows the service's port only from here on). */
    @BeforeEach
    void referenceData() {
        if (referenceDataPublished) {
            return;
        }
        String bootstrapServers = TestInfrastructure.get().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(PATIENCE).until(() -> admin.listTopics().names().get()
                    .containsAll(List.of(Topics.CATALOG.name(), Topics.UNITS.name())));
        }
        ReferenceDataFixture.publishSample(bootstrapServers);
        // the service has the catalogue and the units once a counter intake is taken
        await().atMost(PATIENCE).ignoreExceptions().until(() -> CitizenAccess.counterIntake().id() != null);
        referenceDataPublished = true;
    }

    @AfterAll
    static void stopSenders() {
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    @Test
    void theServiceRunsWithAHeapOf128MiBAtMost() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double heap = metrics.lines()
                .filter(line -> line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .filter(max -> max > 0)
                .sum();

        assertThat(heap).isPositive().isLessThanOrEqualTo(HEAP);
    }

    @Test
    void aTwentyMegabytePdfIsStoredAndReadBackByteForByte() throws Exception {
        String id = CitizenAccess.counterIntake().id();

        Answer answer = upload(id, 1, 1L, TWENTY_MB, new CountDownLatch(0));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getLong("sizeBytes")).isEqualTo(TWENTY_MB);
        assertThat(answer.json().getString("mediaType")).isEqualTo("application/pdf");
        assertThat(answer.json().getString("sha256")).isEqualTo(GeneratedPdf.sha256(TWENTY_MB, 1L));
        assertThat(download(id, 1)).isEqualTo(GeneratedPdf.sha256(TWENTY_MB, 1L));
    }

    @Test
    void whileAnUploadStreamsTheOnlyDatabaseConnectionServesOtherRequests() throws Exception {
        String id = CitizenAccess.counterIntake().id();
        CountDownLatch release = new CountDownLatch(1);
        Future<Answer> held = senders.submit(() -> upload(id, 1, 2L, HALF, release));

        try {
            awaitSpooled(1);
            given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().statusCode(200);
            given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers?size=5").then().statusCode(200);
            given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents").then().statusCode(200);
            assertThat(held).isNotDone();
        } finally {
            release.countDown();
        }

        Answer answer = held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("sha256")).isEqualTo(GeneratedPdf.sha256(TWENTY_MB, 2L));
        assertThat(spooled()).as("the spooled body is deleted once stored").isEmpty();
    }

    @Test
    void sixUploadsOfTwentyMegabytesAtOnceAllSucceedInAHeapOf128MiB() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ids = new ArrayList<>();
        List<Future<Answer>> uploads = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            String id = CitizenAccess.counterIntake().id();
            long seed = 100L + i;
            ids.add(id);
            uploads.add(senders.submit(() -> upload(id, 1, seed, HALF, release)));
        }

        try {
            // all six are in the service at once, each half spooled, before any goes on
            awaitSpooled(AT_ONCE);
        } finally {
            release.countDown();
        }

        for (int i = 0; i < AT_ONCE; i++) {
            Answer answer = uploads.get(i).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().getString("sha256")).isEqualTo(GeneratedPdf.sha256(TWENTY_MB, 100L + i));
        }
        List<Future<String>> downloads = new ArrayList<>();
        for (String id : ids) {
            downloads.add(senders.submit(() -> download(id, 1)));
        }
        for (int i = 0; i < AT_ONCE; i++) {
            assertThat(downloads.get(i).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(GeneratedPdf.sha256(TWENTY_MB, 100L + i));
        }
    }

    /**
     * An officer's {@code PUT} of a generated 20 MB PDF with its Content-Length, written straight to the socket:
     * the first {@code heldAt} bytes, then, once {@code release} opens, the rest.
     */
    private static Answer upload(String id, int position, long seed, long heldAt, CountDownLatch release) throws Exception {
        HttpURLConnection connection = open("/api/v1/dossiers/" + id + "/documents/" + position + "/file");
        connection.setRequestMethod("PUT");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(TWENTY_MB);
        connection.setRequestProperty("Content-Type", "application/pdf");
        connection.setRequestProperty("Content-Disposition", "attachment; filename=\"ban-quet-" + seed + ".pdf\"");
        try (GeneratedPdf pdf = new GeneratedPdf(TWENTY_MB, seed); OutputStream out = connection.getOutputStream()) {
            pdf.copy(out, heldAt);
            out.flush();
            assertThat(release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the test let the upload go on").isTrue();
            pdf.copy(out, TWENTY_MB - heldAt);
        }
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Answer(status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The SHA-256 of a document's file as the service streams it back, never held whole. */
    private static String download(String id, int position) throws Exception {
        HttpURLConnection connection = open("/api/v1/dossiers/" + id + "/documents/" + position + "/file");
        assertThat(connection.getResponseCode()).isEqualTo(200);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream body = connection.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + RestAssured.port + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + OFFICER);
        connection.setConnectTimeout((int) PATIENCE.toMillis());
        connection.setReadTimeout((int) PATIENCE.toMillis());
        return connection;
    }

    /** Waits until {@code count} uploads have each spooled at least their first half to the service's disk. */
    private static void awaitSpooled(int count) {
        await().atMost(PATIENCE).until(() -> spooled().stream().filter(size -> size >= HALF).count() == count);
    }

    /** The sizes of the service's spooled upload bodies now. */
    private static List<Long> spooled() throws IOException {
        List<Long> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.list(OneConnection.SPOOL)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(SPOOLED)).toList()) {
                try {
                    sizes.add(Files.size(file));
                } catch (NoSuchFileException gone) {
                    // stored and deleted meanwhile
                }
            }
        }
        return sizes;
    }
}
