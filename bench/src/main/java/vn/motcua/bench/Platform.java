package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.platform.local.PlatformSettings;
import vn.motcua.platform.local.ServiceName;
import vn.motcua.platform.local.SigningKeys;
import vn.motcua.platform.local.TokenMinter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running platform the benchmarks measure, found as {@code ./motcua up} placed it (the same MOTCUA_*
 * variables): its services' addresses, tokens signed with its keys, and JDBC connections to its databases.
 */
public final class Platform {

    static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformSettings settings;
    private final TokenMinter minter;
    private final HttpClient http;
    private final Map<String, String> officerTokens = new ConcurrentHashMap<>();

    public Platform(PlatformSettings settings) {
        this.settings = settings;
        this.minter = new TokenMinter(SigningKeys.loadOrCreate(settings.keys()), TokenMinter.LOCAL_ISSUER, Clock.systemUTC());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public PlatformSettings settings() {
        return settings;
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(ServiceName service, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + settings.port(service) + pathAndQuery);
    }

    /** A real token of an officer of {@code unitCode}, minted once per unit. */
    public String officerToken(String unitCode) {
        return officerTokens.computeIfAbsent(unitCode, unit -> minter.mint(new TokenMinter.Grant("bench-officer-" + unit,
                List.of("officer"), Optional.of(unit), Duration.ofHours(12))));
    }

    public String token(String role) {
        return minter.mint(new TokenMinter.Grant("bench-" + role, List.of(role), Optional.empty(), Duration.ofHours(12)));
    }

    public Connection database(ServiceName service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + service.database(),
                "postgres", "");
    }

    /** What dossiers can be received for: each active unit with each active procedure carried out at its level. */
    public List<IntakeTarget> intakeTargets() throws IOException, InterruptedException {
        JsonNode units = getJson(ServiceName.PROCEDURE, "/api/v1/units").path("items");
        JsonNode procedures = getJson(ServiceName.PROCEDURE, "/api/v1/procedures?size=200").path("items");
        List<IntakeTarget> targets = new ArrayList<>();
        for (JsonNode unit : units) {
            if (!"ACTIVE".equals(unit.path("status").asText())) {
                continue;
            }
            for (JsonNode procedure : procedures) {
                if ("WITHDRAWN".equals(procedure.path("status").asText())) {
                    continue;
                }
                for (JsonNode level : procedure.path("levels")) {
                    if (level.asText().equals(unit.path("level").asText())) {
                        targets.add(new IntakeTarget(unit.path("code").asText(), procedure.path("code").asText()));
                    }
                }
            }
        }
        return targets;
    }

    public JsonNode getJson(ServiceName service, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(service, pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " on " + service.id() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
