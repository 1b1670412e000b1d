package vn.motcua.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformSettingsTest {

    private final Path repository = Path.of("/srv/motcua");

    @Test
    void defaultsPutDataUnderTheRepositoryAndServicesOnTheirAgreedPorts() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(repository, Map.of());

        assertThat(settings.home()).isEqualTo(Path.of("/srv/motcua/.motcua"));
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
        assertThat(settings.s3Port()).isEqualTo(19000);
        assertThat(settings.objects()).isEqualTo(Path.of("/srv/motcua/.motcua/objects"));
        assertThat(settings.port(ServiceName.PROCEDURE)).isEqualTo(8081);
        assertThat(settings.port(ServiceName.DOSSIER)).isEqualTo(8082);
        assertThat(settings.port(ServiceName.REPORTING)).isEqualTo(8083);
        assertThat(settings.serviceJar(ServiceName.DOSSIER))
                .isEqualTo(Path.of("/srv/motcua/dossier-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void environmentVariablesMoveHomePortsAndJvmOptions() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(repository, Map.of(
                "MOTCUA_HOME", "/var/lib/motcua",
                "MOTCUA_PG_PORT", "6543",
                "MOTCUA_KAFKA_PORT", "29092",
                "MOTCUA_S3_PORT", "29000",
                "MOTCUA_DOSSIER_PORT", "9082",
                "MOTCUA_SERVICE_JVM_OPTS", " -Xmx200m  -XX:+UseSerialGC "));

        assertThat(settings.home()).isEqualTo(Path.of("/var/lib/motcua"));
        assertThat(settings.postgresPort()).isEqualTo(6543);
        assertThat(settings.kafkaPort()).isEqualTo(29092);
        assertThat(settings.s3Port()).isEqualTo(29000);
        assertThat(settings.objects()).isEqualTo(Path.of("/var/lib/motcua/objects"));
        assertThat(settings.port(ServiceName.DOSSIER)).isEqualTo(9082);
        assertThat(settings.port(ServiceName.PROCEDURE)).isEqualTo(8081);
        assertThat(settings.serviceJvmOptions()).containsExactly("-Xmx200m", "-XX:+UseSerialGC");
    }

    @Test
    void aServiceStartsWithTheClassDataArchiveItsBuildMadeUnlessTheOptionsChooseSharingThemselves(@TempDir Path built) throws IOException {
        PlatformSettings settings = PlatformSettings.fromEnvironment(built, Map.of());
        assertThat(settings.serviceJvmOptions(ServiceName.DOSSIER)).isEqualTo(settings.serviceJvmOptions());

        Path archive = settings.classDataArchive(ServiceName.DOSSIER);
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        assertThat(archive).isEqualTo(built.resolve("dossier-service/target/quarkus-app/app-cds.jsa"));
        assertThat(settings.serviceJvmOptions(ServiceName.DOSSIER))
                .startsWith(settings.serviceJvmOptions().toArray(String[]::new))
                .endsWith("-XX:SharedArchiveFile=" + archive);
        assertThat(settings.serviceJvmOptions(ServiceName.PROCEDURE)).isEqualTo(settings.serviceJvmOptions());

        PlatformSettings unshared = PlatformSettings.fromEnvironment(built, Map.of("MOTCUA_SERVICE_JVM_OPTS", "-Xmx200m -Xshare:off"));
        assertThat(unshared.serviceJvmOptions(ServiceName.DOSSIER)).containsExactly("-Xmx200m", "-Xshare:off");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(repository, Map.of("MOTCUA_REPORTING_PORT", "eighty")))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("MOTCUA_REPORTING_PORT")
                .hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(repository, Map.of("MOTCUA_PG_PORT", "70000")))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("MOTCUA_PG_PORT");
    }

    @Test
    void eachServiceHasItsOwnDatabaseAndPortVariable() {
        assertThat(List.of(ServiceName.values())).extracting(ServiceName::database)
                .containsExactly("procedure", "dossier", "reporting");
        assertThat(ServiceName.REPORTING.portVariable()).isEqualTo("MOTCUA_REPORTING_PORT");
    }
}
