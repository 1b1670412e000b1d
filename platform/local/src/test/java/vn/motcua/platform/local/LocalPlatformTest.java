package vn.motcua.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
            assertThat(platform.jdbcUrl(ServiceName.REPORTING)).get().asString().endsWith("/reporting");
        }
    }

    private static PlatformSettings settings(Path home, Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "MOTCUA_HOME", home.toString(),
                "MOTCUA_PG_PORT", Integer.toString(FreePorts.any()),
                "MOTCUA_KAFKA_PORT", Integer.toString(FreePorts.any())));
        environment.putAll(overrides);
        // a repository without built services
        return PlatformSettings.fromEnvironment(home.resolve("repository"), environment);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
