package vn.motcua.bench;

import vn.motcua.platform.local.ServiceName;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Sends intake requests as a commune portal does: the officer's bearer token, an Idempotency-Key, a
 * valid and varied body. When asked, it notes when each dossier's 201 answer arrived (wall clock, in
 * microseconds), for the event-lag measurement.
 */
public final class IntakeSender implements RequestSender {

    private final Platform platform;
    private final IntakeRequests requests;
    private final URI endpoint;
    private final Optional<Map<UUID, Long>> answeredAtMicros;
    private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();

    public IntakeSender(Platform platform, IntakeRequests requests, Optional<Map<UUID, Long>> answeredAtMicros) {
        this.platform = platform;
        this.requests = requests;
        this.endpoint = platform.uri(ServiceName.DOSSIER, "/api/v1/dossiers");
        this.answeredAtMicros = answeredAtMicros;
    }

    @Override
    public CompletableFuture<Integer> send(long index) {
        IntakeRequests.Intake intake = requests.next();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.officerToken(intake.target().unitCode()))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(intake.json()))
                .build();
        return platform.http().sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            if (response.statusCode() == 201) {
                received.incrementAndGet();
            }
            if (response.statusCode() == 201 && answeredAtMicros.isPresent()) {
                Instant now = Instant.now();
                response.headers().firstValue("Location").map(IntakeSender::dossierId).ifPresent(id ->
                        answeredAtMicros.get().put(id, now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000));
            }
            return response.statusCode();
        });
    }

    /** How many dossiers were received (201) so far, warm-up included. */
    public long received() {
        return received.get();
    }

    /** The dossier id at the end of a {@code Location} such as {@code http://host/api/v1/dossiers/<uuid>}. */
    static UUID dossierId(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
