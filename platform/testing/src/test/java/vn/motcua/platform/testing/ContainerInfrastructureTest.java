package vn.motcua.platform.testing;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The opt-in container infrastructure, as far as a machine without Docker can tell. */
class ContainerInfrastructureTest {

    private static final Pattern IMAGE = Pattern.compile("(?m)^\\s+image:\\s*(\\S+)\\s*$");

    @Test
    void theVariableSelectsEmbeddedServersUnlessItAsksForContainersAndRefusesAnythingElse() {
        assertThat(InfrastructureMode.of(null)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.of(" ")).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.of("embedded")).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.of("containers")).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThat(InfrastructureMode.of("CONTAINERS")).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThatThrownBy(() -> InfrastructureMode.of("docker"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MOTCUA_TEST_INFRA=docker")
                .hasMessageContaining("embedded, containers");
    }

    @Test
    void theContainersRunTheImagesOfDockerCompose() throws IOException {
        List<String> images = IMAGE.matcher(Files.readString(compose())).results().map(match -> match.group(1)).toList();
        assertThat(images).contains(ContainerServers.POSTGRES_IMAGE, ContainerServers.KAFKA_IMAGE, ContainerServers.MINIO_IMAGE);
    }

    @Test
    void askingForContainersWithoutADockerEngineFailsSayingSoAndWithOneTheServersAnswer() throws SQLException {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            assertThatThrownBy(ContainerServers::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MOTCUA_TEST_INFRA=containers needs a Docker engine");
            return;
        }
        try (ContainerServers servers = ContainerServers.start();
             Connection connection = DriverManager.getConnection(servers.adminJdbcUrl(), servers.user(), servers.password())) {
            assertThat(connection.isValid(5)).isTrue();
            assertThat(servers.bootstrapServers()).isNotBlank();
        }
    }

    private static Path compose() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("docker-compose.yml above the module").isNotNull();
        return directory.resolve("docker-compose.yml");
    }
}
