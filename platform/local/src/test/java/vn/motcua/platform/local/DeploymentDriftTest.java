package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so docker-compose.yml, the Dockerfiles and the Keycloak realm cannot be
 * started in a test. This guard reads them instead and checks they still fit the code: every service,
 * port and database, the environment variables the services read, no topic created by accident, and a
 * realm whose tokens carry the same claims as {@code ./motcua token}'s.
 */
class DeploymentDriftTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(MOTCUA_[A-Z0-9_]+)");
    /** What a service needs to run anywhere but a developer's machine. */
    private static final List<String> REQUIRED = List.of("MOTCUA_HTTP_PORT", "MOTCUA_DB_URL", "MOTCUA_DB_USER",
            "MOTCUA_DB_PASSWORD", "MOTCUA_KAFKA_BOOTSTRAP", "MOTCUA_JWT_ISSUER", "MOTCUA_JWT_PUBLIC_KEY_LOCATION");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void composeRunsEveryServiceOnItsPortWithItsDatabaseOnceWhatItNeedsIsHealthy() throws IOException {
        JsonNode services = compose().get("services");
        assertThat(names(services)).contains("postgres", "kafka", "keycloak");
        String databases = Files.readString(ROOT.resolve("deploy/postgres/create-databases.sql"));
        for (ServiceName service : ServiceName.values()) {
            JsonNode node = services.get(service.id());
            assertThat(node).as(service.id()).isNotNull();
            assertThat(node.get("ports").get(0).asText()).isEqualTo(service.defaultPort() + ":" + service.defaultPort());
            JsonNode environment = node.get("environment");
            assertThat(environment.get("MOTCUA_HTTP_PORT").asText()).isEqualTo(Integer.toString(service.defaultPort()));
            assertThat(environment.get("MOTCUA_DB_URL").asText()).endsWith("/" + service.database());
            assertThat(databases).contains("CREATE DATABASE " + service.database() + ";");
            for (String dependency : List.of("postgres", "kafka", "keycloak")) {
                assertThat(node.get("depends_on").get(dependency).get("condition").asText()).isEqualTo("service_healthy");
            }
            assertThat(node.get("build").get("dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        }
    }

    @Test
    void composeSetsTheVariablesTheServicesReadAndNoOtherMotcuaVariable() throws IOException {
        Set<String> read = variablesTheCodeReads();
        assertThat(read).containsAll(REQUIRED);
        String documentation = documentation();
        JsonNode services = compose().get("services");
        for (ServiceName service : ServiceName.values()) {
            Set<String> set = new TreeSet<>();
            // the YAML reader keeps the "<<" merge key as a field: the shared block is added by hand instead
            services.get(service.id()).get("environment").fieldNames().forEachRemaining(name -> {
                if (name.startsWith("MOTCUA_")) {
                    set.add(name);
                }
            });
            compose().get("x-service-env").fieldNames().forEachRemaining(set::add);
            assertThat(set).as(service.id()).containsAll(REQUIRED);
            for (String variable : set) {
                boolean known = read.contains(variable)
                        || propertiesOf(variable).stream().anyMatch(documentation::contains);
                assertThat(known).as("%s in docker-compose.yml is read by the code or documented", variable).isTrue();
            }
        }
    }

    @Test
    void theServicesSendTracesToACollectorThatComposeRunsAndSampleThem() throws IOException {
        JsonNode environment = compose().get("x-service-env");
        String endpoint = environment.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText();
        assertThat(names(compose().get("services"))).contains(URI.create(endpoint).getHost());
        assertThat(Double.parseDouble(environment.get("QUARKUS_OTEL_TRACES_SAMPLER_ARG").asText())).isPositive();
    }

    @Test
    void kafkaCreatesNoTopicOnItsOwn() throws IOException {
        assertThat(compose().get("services").get("kafka").get("environment").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText())
                .isEqualTo("false");
    }

    @Test
    void eachServiceHasANonRootImageWithAReadinessHealthCheckOnItsPort() throws IOException {
        for (ServiceName service : ServiceName.values()) {
            String dockerfile = Files.readString(ROOT.resolve(service.id()).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).contains("EXPOSE " + service.defaultPort())
                    .contains("USER 185")
                    .contains("HEALTHCHECK")
                    .contains("http://localhost:" + service.defaultPort() + "/q/health/ready");
        }
    }

    @Test
    void theImagesStartTheJvmAsTheLauncherDoesWithAClassDataArchiveMadeByTheirOwnJvm() throws IOException {
        // the heap is sized by the container's memory in an image (MaxRAMPercentage), by -Xms/-Xmx locally
        List<String> launcher = Stream.of(PlatformSettings.DEFAULT_JVM_OPTIONS.split("\\s+"))
                .filter(option -> !option.startsWith("-Xm")).toList();
        String archive = "/deployments/app-cds.jsa";
        for (ServiceName service : ServiceName.values()) {
            String dockerfile = Files.readString(ROOT.resolve(service.id()).resolve("src/main/docker/Dockerfile.jvm"));
            Matcher append = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
            assertThat(append.find()).as("%s sets JAVA_OPTS_APPEND", service.id()).isTrue();
            assertThat(append.group(1).split("\\s+")).as(service.id())
                    .contains(launcher.toArray(String[]::new))
                    .contains("-XX:SharedArchiveFile=" + archive);
            String dump = "RUN java -XX:ArchiveClassesAtExit=" + archive + " -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar";
            assertThat(dockerfile).as(service.id()).contains(dump);
            assertThat(dockerfile.indexOf(dump)).as("%s archives its classes once they are all copied", service.id())
                    .isGreaterThan(dockerfile.lastIndexOf("COPY "));
        }
    }

    @Test
    void theRealmGivesTheRolesAndClaimsThatLocalTokensCarry() throws IOException {
        JsonNode realm = json.readTree(ROOT.resolve("deploy/keycloak/motcua-realm.json").toFile());
        Set<String> roles = new HashSet<>();
        realm.get("roles").get("realm").forEach(role -> roles.add(role.get("name").asText()));
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Motcua.ROLES);

        Set<String> claims = new HashSet<>();
        for (JsonNode client : realm.get("clients")) {
            for (JsonNode mapper : client.get("protocolMappers")) {
                claims.add(mapper.get("config").get("claim.name").asText());
                assertThat(mapper.get("config").get("access.token.claim").asText()).isEqualTo("true");
            }
        }
        assertThat(claims).containsExactlyInAnyOrder(TokenMinter.GROUPS_CLAIM, TokenMinter.UNIT_CLAIM);

        for (JsonNode user : realm.get("users")) {
            Set<String> userRoles = new HashSet<>();
            user.get("realmRoles").forEach(role -> userRoles.add(role.asText()));
            assertThat(roles).containsAll(userRoles);
            if (userRoles.contains("officer")) {
                assertThat(user.get("attributes").get(TokenMinter.UNIT_CLAIM).get(0).asText()).matches("\\d{2}|\\d{5}");
            }
        }
        JsonNode environment = compose().get("x-service-env");
        assertThat(environment.get("MOTCUA_JWT_ISSUER").asText()).endsWith("/realms/" + realm.get("realm").asText());
        assertThat(environment.get("MOTCUA_JWT_PUBLIC_KEY_LOCATION").asText())
                .endsWith("/realms/" + realm.get("realm").asText() + "/protocol/openid-connect/certs");
    }

    private JsonNode compose() throws IOException {
        return yaml.readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    private static Set<String> names(JsonNode services) {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The MOTCUA_* placeholders of every configuration file the services are built with. */
    private static Set<String> variablesTheCodeReads() throws IOException {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties") && p.toString().contains("src/main/resources"))
                    .filter(p -> !p.toString().contains("/target/")).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
            }
        }
        return variables;
    }

    private static String documentation() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The property names an environment variable can stand for: each underscore is a dot or a dash
     * (MOTCUA_CATALOG_SAMPLE_DATA is motcua.catalog.sample-data).
     */
    private static List<String> propertiesOf(String variable) {
        String[] parts = variable.toLowerCase(Locale.ROOT).split("_");
        List<String> names = new java.util.ArrayList<>();
        for (int mask = 0; mask < 1 << (parts.length - 1); mask++) {
            StringBuilder name = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                name.append((mask & 1 << (i - 1)) == 0 ? '.' : '-').append(parts[i]);
            }
            names.add(name.toString());
        }
        return names;
    }
}
