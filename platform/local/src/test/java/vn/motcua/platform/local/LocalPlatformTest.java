package vn.motcua.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPlatformTest {

    @Test
    void aTakenPortIsNamedWithTheVariableThatMovesItAndNothingIsStarted(@TempDir Path home) throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PlatformSettings settings = settings(home, Map.of("MOTCUA_DOSSIER_PORT", Integer.toString(squatter.getLocalPort())));
            LocalPlatform platform = new LocalPlatform(settings, quiet());

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining(squatter.getLocalPort() + " (dossier-service; set MOTCUA_DOSSIER_PORT");
            assertThat(platform.kafkaBootstrapServers()).isEmpty();
            assertThat(platform.jdbcUrl(ServiceName.DOSSIER)).isEmpty();
        }
    }

    @Test
    void aTakenS3PortIsNamedWithItsVariable(@TempDir Path home) throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PlatformSettings settings = settings(home, Map.of("MOTCUA_S3_PORT", Integer.toString(squatter.getLocalPort())));

            assertThatThrownBy(new LocalPlatform(settings, quiet())::start)
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining(squatter.getLocalPort() + " (the S3 server; set MOTCUA_S3_PORT");
        }
    }

    @Test
    void theS3ServerKeepsItsObjectsFolderStopsWithThePlatformAndOneAKilledLauncherLeftIsEnded(@TempDir Path home) throws IOException {
        PlatformSettings settings = settings(home, Map.of());
        Files.createDirectories(settings.objects().resolve(LocalS3.BUCKET).resolve("dossiers"));
        Files.writeString(settings.objects().resolve(LocalS3.BUCKET).resolve("dossiers/kept"), "kept");
        // what a launcher killed with SIGKILL leaves: a running server and its pid file
        LocalS3 leftOver = LocalS3.start(settings.objects(), settings.s3Port(), settings.run(), settings.logs().resolve("s3proxy.log"));
        try {
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            LocalPlatform platform = new LocalPlatform(settings, new PrintStream(said, true, StandardCharsets.UTF_8));
            try {
                platform.acquireHome();
                assertThat(leftOver.isRunning()).isFalse();
                assertThat(said.toString(StandardCharsets.UTF_8)).contains("Stopped the S3 server left over from an earlier run: pid " + leftOver.pid());

                platform.startObjectStorage();
                ObjectStorage storage = platform.objectStorage().orElseThrow();
                assertThat(storage.endpoint()).isEqualTo("http://127.0.0.1:" + settings.s3Port());
                assertThat(storage.environment()).containsEntry("MOTCUA_FILES_S3_ENDPOINT", storage.endpoint())
                        .containsEntry("MOTCUA_FILES_S3_BUCKET", LocalS3.BUCKET)
                        .containsEntry("MOTCUA_FILES_S3_ACCESS_KEY", LocalS3.ACCESS_KEY);
                assertThat(Files.isRegularFile(settings.run().resolve(LocalS3.PID_FILE))).isTrue();
            } finally {
                platform.close();
            }
            assertThat(platform.objectStorage()).isEmpty();
            assertThat(settings.run().resolve(LocalS3.PID_FILE)).doesNotExist();
            assertThat(FreePorts.isFree(settings.s3Port())).as("the S3 port once the platform stopped").isTrue();
            assertThat(Files.readString(settings.objects().resolve(LocalS3.BUCKET).resolve("dossiers/kept"))).isEqualTo("kept");
        } finally {
            leftOver.close();
        }
    }

    @Test
    void aSecondLauncherOnTheSameHomeIsRefused(@TempDir Path home) {
        PlatformSettings settings = settings(home, Map.of());
        try (LocalPlatform first = new LocalPlatform(settings, quiet())) {
            first.acquireHome();
            LocalPlatform second = new LocalPlatform(settings, quiet());

            assertThatThrownBy(second::acquireHome)
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("already running");
        }
    }

    @Test
    void aServiceThatIsNotBuiltIsReportedWithWhatToRun(@TempDir Path home) {
        PlatformSettings settings = settings(home, Map.of());
        try (LocalPlatform platform = new LocalPlatform(settings, quiet())) {
            platform.startPostgres();
            platform.startKafka();

            assertThatThrownBy(() -> platform.startService(ServiceName.REPORTING))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("reporting-service is not built");
            assertThatThrownBy(() -> platform.startService(ServiceName.DOSSIER))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("start the S3 server before dossier-service");
            assertThat(platform.jdbcUrl(ServiceName.REPORTING)).get().asString().endsWith("/reporting");
        }
    }

    private static PlatformSettings settings(Path home, Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "MOTCUA_HOME", home.toString(),
                "MOTCUA_PG_PORT", Integer.toString(FreePorts.any()),
                "MOTCUA_KAFKA_PORT", Integer.toString(FreePorts.any()),
                "MOTCUA_S3_PORT", Integer.toString(FreePorts.any())));
        environment.putAll(overrides);
        // a repository without built services
        return PlatformSettings.fromEnvironment(home.resolve("repository"), environment);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
