package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A caller of the local platform's public REST APIs, as a portal or a script would be: JSON over
 * {@code java.net.http}, with bearer tokens of any role minted by the platform's own {@link TokenMinter}.
 * The demo loader and the end-to-end tests use it; it never reads a service's database.
 */
public final class PlatformClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final PlatformSettings settings;
    private final TokenMinter minter;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public PlatformClient(PlatformSettings settings) {
        this.settings = settings;
        this.minter = new TokenMinter(SigningKeys.loadOrCreate(settings.keys()), TokenMinter.LOCAL_ISSUER, Clock.systemUTC());
    }

    /** What a service answered: the status, the headers and the body read as JSON when it is JSON. */
    public record Answer(int status, HttpResponse<byte[]> response, JsonNode body) {

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public boolean replayed() {
            return header("Idempotency-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        }

        /** The body, when the status is the one expected; otherwise a failure that shows what came back. */
        public JsonNode expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return body;
                }
            }
            throw new PlatformException(response.request().method() + " " + response.request().uri() + " answered "
                    + status + ": " + abbreviate(text()));
        }

        private static String abbreviate(String text) {
            return text.length() > 800 ? text.substring(0, 800) + "..." : text;
        }
    }

    public ObjectMapper json() {
        return json;
    }

    public URI uri(ServiceName service, String path) {
        return URI.create("http://127.0.0.1:" + settings.port(service) + path);
    }

    /** A token of a province admin. */
    public String provinceAdmin() {
        return token("province-admin-demo", List.of("province_admin"), Optional.empty());
    }

    /** A token of an officer of the unit. */
    public String officer(String unitCode) {
        return token("officer-" + unitCode + "-demo", List.of("officer"), Optional.of(unitCode));
    }

    public String analyst() {
        return token("analyst-demo", List.of("analyst"), Optional.empty());
    }

    public String citizen(String subject) {
        return token(subject, List.of("citizen"), Optional.empty());
    }

    public String token(String subject, List<String> roles, Optional<String> unitCode) {
        return minter.mint(new TokenMinter.Grant(subject, roles, unitCode, Duration.ofHours(1)));
    }

    public Answer get(ServiceName service, String path, String token) {
        return send(request(service, path, token).GET().build());
    }

    /** GET with an {@code Accept} header, for the QR codes, pages and exports. */
    public Answer get(ServiceName service, String path, String token, String accept) {
        return send(request(service, path, token).header("Accept", accept).GET().build());
    }

    /** POST of a JSON body; {@code idempotencyKey} may be null. */
    public Answer post(ServiceName service, String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder builder = request(service, path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder.build());
    }

    public Answer put(ServiceName service, String path, String token, Object body) {
        return send(request(service, path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build());
    }

    /** PUT of a file's raw bytes, named the RFC 6266 way ({@code filename*}) so that a Vietnamese name survives. */
    public Answer putFile(ServiceName service, String path, String token, byte[] bytes, String contentType, String fileName) {
        return send(request(service, path, token)
                .header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private HttpRequest.Builder request(ServiceName service, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(service, path)).timeout(TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private byte[] bytes(Object body) {
        try {
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new PlatformException("cannot write a request body: " + e.getMessage());
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = MissingNode.getInstance();
            if (type.contains("json") && response.body().length > 0) {
                body = json.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new PlatformException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(request.method() + " " + request.uri() + " was interrupted");
        }
    }
}
