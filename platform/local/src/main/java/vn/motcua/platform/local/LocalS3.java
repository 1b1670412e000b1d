package vn.motcua.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An S3 server for the local platform and the tests: s3proxy (org.gaul) with its filesystem backend,
 * each object a file under the objects folder, one bucket created before it starts.
 *
 * <p>It runs as a process of its own ({@code java -jar}) rather than in this JVM: its Jetty 11 and jclouds
 * would clash with the services' and the launcher's class path. The build copies its jar to
 * {@code platform/local/target/s3proxy} (see platform/local's pom.xml) and writes that file's name into the
 * resource {@code s3proxy.location}, so that whatever runs this class finds it without ever loading it.
 */
public final class LocalS3 implements AutoCloseable {

    /** The bucket of the local platform and of the tests. */
    public static final String BUCKET = "motcua";
    /** Credentials of a server that listens on the loopback interface only, as PostgreSQL trusts local users. */
    public static final String ACCESS_KEY = "motcua-local";
    public static final String SECRET_KEY = "motcua-local-secret";
    /** The pid file in the run folder, by which a later launcher ends a server a killed one left running. */
    public static final String PID_FILE = "s3proxy.pid";

    private static final String JAR_LOCATION = "s3proxy.location";
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms16m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path objects;
    private final Path pidFile;
    private final Optional<Path> temporary;

    private LocalS3(Process process, int port, Path objects, Path pidFile, Optional<Path> temporary) {
        this.process = process;
        this.port = port;
        this.objects = objects;
        this.pidFile = pidFile;
        this.temporary = temporary;
    }

    /**
     * Starts a server whose data are kept, and waits until it answers.
     *
     * @param objects the backend's folder: one sub-folder per bucket, kept across restarts
     * @param port    the port to listen on (loopback only), or 0 for any free port
     * @param run     where its settings and pid file go
     * @param log     the file its output is appended to
     */
    public static LocalS3 start(Path objects, int port, Path run, Path log) {
        return start(objects, port, run, log, Optional.empty());
    }

    /** Starts a server on any free port with everything in a temporary folder that {@link #close()} deletes. */
    public static LocalS3 temporary() {
        try {
            Path folder = Files.createTempDirectory("motcua-s3-");
            return start(folder.resolve("objects"), 0, folder, folder.resolve("s3proxy.log"), Optional.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the S3 server: " + e.getMessage(), e);
        }
    }

    private static LocalS3 start(Path objects, int port, Path run, Path log, Optional<Path> temporary) {
        Path jar = jar();
        int listening = port > 0 ? port : FreePorts.any();
        Process process;
        Path pidFile = run.resolve(PID_FILE);
        try {
            createPrivately(objects.resolve(BUCKET));
            Files.createDirectories(run);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Path properties = run.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + listening,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    // a properties file reads a backslash as an escape: Windows paths are written with slashes
                    "jclouds.filesystem.basedir=" + objects.toAbsolutePath().toString().replace('\\', '/'),
                    ""), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-jar", jar.toString(), "--properties", properties.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(run.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("LOG_LEVEL", "warn");
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PlatformException("the S3 server (s3proxy) could not start: " + e.getMessage(), e);
        }
        LocalS3 server = new LocalS3(process, listening, objects, pidFile, temporary);
        try {
            server.awaitAnswer(log);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * The bucket is a folder of the filesystem backend, so making the folder creates the bucket. Only its
     * owner may read it: jclouds serves a folder that others may read as a public bucket.
     */
    private static void createPrivately(Path bucket) throws IOException {
        Files.createDirectories(bucket);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(bucket, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The s3proxy jar the build copied, named by the resource {@code s3proxy.location}. */
    static Path jar() {
        String location;
        try (InputStream resource = LocalS3.class.getResourceAsStream(JAR_LOCATION)) {
            if (resource == null) {
                throw new PlatformException("the resource " + JAR_LOCATION + " is missing: build platform/local with Maven");
            }
            location = new String(resource.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path jar = Path.of(location);
        if (location.contains("${") || !Files.isRegularFile(jar)) {
            throw new PlatformException("the S3 server's jar is not where the build put it (" + location + ");"
                    + " run mvn -DskipTests package -pl platform/local (./motcua up does it when something is missing)");
        }
        return jar;
    }

    /** Waits until the server answers HTTP at all (an anonymous request gets 403); fails early if it exits. */
    private void awaitAnswer(Path log) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(endpoint() + "/")).timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new PlatformException("the S3 server (s3proxy) exited with status " + process.exitValue()
                        + " before it answered. The end of " + log + ":\n" + ServiceProcess.tail(log, 25));
            }
            try {
                HTTP.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while waiting for the S3 server");
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while waiting for the S3 server");
            }
        }
        throw new PlatformException("the S3 server (s3proxy) did not answer within " + READY_TIMEOUT.toSeconds()
                + " s. The end of " + log + ":\n" + ServiceProcess.tail(log, 25));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The backend's folder: {@code <objects>/<bucket>/<key>}. */
    public Path objects() {
        return objects;
    }

    /** What a service needs to reach the bucket. */
    public ObjectStorage storage() {
        return new ObjectStorage(endpoint(), BUCKET, ObjectStorage.DEFAULT_REGION, ACCESS_KEY, SECRET_KEY);
    }

    /** Stops the server (SIGTERM, then a kill if it lingers); a temporary one's folder goes with it. */
    @Override
    public void close() {
        try {
            ChildProcesses.stop(process, STOP_GRACE, pidFile);
        } finally {
            temporary.ifPresent(LocalS3::deleteTree);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the operating system clears its temporary folder in the end
        }
    }
}
