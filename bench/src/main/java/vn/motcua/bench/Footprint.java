package vn.motcua.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.platform.local.LocalS3;
import vn.motcua.platform.local.ObjectStorage;
import vn.motcua.platform.local.PlatformSettings;
import vn.motcua.platform.local.ServiceName;
import vn.motcua.platform.local.SigningKeys;
import vn.motcua.platform.local.TokenMinter;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start time and resident memory of each service. Each is started on its own, one at a time, as a
 * second instance next to the running platform (same databases, broker and keys, the launcher's JVM
 * options), so that the three do not share the two cores while they start: the time is from launching
 * the JVM to the first 200 of {@code /q/health/ready}; the memory is VmRSS once it has been idle a while.
 */
public final class Footprint {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Platform platform;

    public Footprint(Platform platform) {
        this.platform = platform;
    }

    /** The pids of the platform's own service processes, from the launcher's pid files. */
    public static Map<ServiceName, Long> platformPids(PlatformSettings settings) throws IOException {
        Map<ServiceName, Long> pids = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            Path file = settings.run().resolve(service.id() + ".pid");
            if (Files.exists(file)) {
                pids.put(service, Long.parseLong(Files.readString(file).trim()));
            }
        }
        return pids;
    }

    public ObjectNode measure(int starts, Duration idle) throws IOException, InterruptedException {
        ObjectNode result = Platform.JSON.createObjectNode();
        result.put("jvmOptions", String.join(" ", platform.settings().serviceJvmOptions()));
        result.put("startsPerService", starts);
        result.put("idleSeconds", idle.toSeconds());
        ObjectNode services = result.putObject("services");
        for (ServiceName service : ServiceName.values()) {
            List<Double> readySeconds = new ArrayList<>();
            List<Long> idleMib = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                Start start = startOnce(service, idle);
                readySeconds.add(start.readySeconds());
                idleMib.add(start.idleMib());
            }
            ObjectNode figures = services.putObject(service.id());
            ArrayNode all = figures.putArray("readySecondsAll");
            readySeconds.forEach(seconds -> all.add(Math.round(seconds * 100) / 100.0));
            figures.put("readySeconds", median(readySeconds));
            figures.put("idleRssMib", median(idleMib.stream().map(Long::doubleValue).toList()));
            System.out.printf("  %s: ready in %.2f s, idle %d MiB%n", service.id(), median(readySeconds),
                    Math.round(median(idleMib.stream().map(Long::doubleValue).toList())));
        }
        return result;
    }

    private record Start(double readySeconds, long idleMib) {
    }

    private Start startOnce(ServiceName service, Duration idle) throws IOException, InterruptedException {
        PlatformSettings settings = platform.settings();
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.serviceJvmOptions(service));
        command.add("-jar");
        command.add(settings.serviceJar(service).toString());
        Path log = settings.logs().resolve(service.id() + "-footprint.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.serviceJar(service).getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("MOTCUA_HTTP_PORT", Integer.toString(port));
        environment.put("MOTCUA_DB_URL", "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + service.database());
        environment.put("MOTCUA_DB_USER", "postgres");
        environment.put("MOTCUA_DB_PASSWORD", "");
        environment.put("MOTCUA_KAFKA_BOOTSTRAP", "127.0.0.1:" + settings.kafkaPort());
        environment.put("MOTCUA_JWT_ISSUER", TokenMinter.LOCAL_ISSUER);
        environment.put("MOTCUA_JWT_PUBLIC_KEY_LOCATION", SigningKeys.publicKeyFile(settings.keys()).toUri().toString());
        environment.put("MOTCUA_CATALOG_SAMPLE_DATA", "false");
        if (service == ServiceName.DOSSIER) {
            // the running platform's S3 server: dossier-service does not start without its file store
            environment.putAll(new ObjectStorage("http://127.0.0.1:" + settings.s3Port(), LocalS3.BUCKET,
                    ObjectStorage.DEFAULT_REGION, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY).environment());
        }
        HttpRequest probe = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long began = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = began + READY_TIMEOUT.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException(service.id() + " exited with " + process.exitValue() + " while starting; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(service.id() + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
                }
                try {
                    if (platform.http().send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                process.waitFor(20, TimeUnit.MILLISECONDS);
            }
            double ready = (System.nanoTime() - began) / 1e9;
            // idle: no request reaches this instance; its background work (relay, consumers) goes on as in production
            process.waitFor(idle.toMillis(), TimeUnit.MILLISECONDS);
            long rss = ProcStatus.residentMib(process.pid()).orElse(-1);
            return new Start(ready, rss);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
