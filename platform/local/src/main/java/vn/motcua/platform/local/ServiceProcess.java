package vn.motcua.platform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process of the launcher, its output in a log file of its own. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceName service;
    private final int port;
    private final Path log;
    private final Process process;
    private final Path pidFile;

    private ServiceProcess(ServiceName service, int port, Path log, Process process, Path pidFile) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
        this.pidFile = pidFile;
    }

    static ServiceProcess launch(ServiceName service, int port, Path jar, List<String> jvmOptions,
                                 Map<String, String> environment, Path logDirectory, Path runDirectory) {
        if (!Files.isRegularFile(jar)) {
            throw new PlatformException(service.id() + " is not built: " + jar + " is missing. Run ./motcua up"
                    + " (it builds what is missing) or mvn -DskipTests package.");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dmotcua.local.service=" + service.id());
        command.add("-jar");
        command.add(jar.toString());
        Path log = logDirectory.resolve(service.id() + ".log");
        try {
            Files.createDirectories(logDirectory);
            Files.createDirectories(runDirectory);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = runDirectory.resolve(service.id() + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
            return new ServiceProcess(service, port, log, process, pidFile);
        } catch (IOException e) {
            throw new PlatformException("could not start " + service.id() + ": " + e.getMessage(), e);
        }
    }

    public ServiceName service() {
        return service;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new PlatformException(service.id() + " exited with status " + process.exitValue()
                        + " before it was ready. The end of " + log + ":\n" + tail(log, 25));
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the service is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while waiting for " + service.id());
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while waiting for " + service.id());
            }
        }
        throw new PlatformException(service.id() + " was not ready within " + timeout.toSeconds() + " s. The end of "
                + log + ":\n" + tail(log, 25));
    }

    /** Asks the service to shut down (SIGTERM) and waits; kills it if it takes too long. */
    void stop(Duration grace) {
        ChildProcesses.stop(process, grace, pidFile);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(the log cannot be read: " + e.getMessage() + ")";
        }
    }
}
