package vn.motcua.platform.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * MotCua on one machine: an embedded PostgreSQL with one database per service, a Kafka broker in
 * this JVM, an S3 server (s3proxy) for dossier-service's files, and the three services as separate
 * processes, all with their data under the platform's home folder so that a restart keeps them. {@code ./motcua up} drives it, and so can tests: each
 * component starts and stops on its own.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final PlatformSettings settings;
    private final PrintStream progress;
    private final Map<ServiceName, ServiceProcess> services = new EnumMap<>(ServiceName.class);
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalS3 s3;
    private SigningKeys keys;
    private FileChannel lockChannel;
    private FileLock lock;
    private boolean sampleCatalogue = true;

    public LocalPlatform(PlatformSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /**
     * Whether procedure-service loads the sample province into an empty catalogue at its start (the
     * default, for a developer's platform). Off for {@code ./motcua up --demo}, whose loader fills the
     * catalogue through the public import API instead, and for tests that publish their own.
     */
    public synchronized void loadSampleCatalogue(boolean load) {
        this.sampleCatalogue = load;
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started. */
    public void start() {
        try {
            acquireHome();
            checkPortsAreFree();
            startPostgres();
            startKafka();
            startObjectStorage();
            startServices(List.of(ServiceName.values()));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Claims the home folder for this launcher and ends what a killed earlier launcher left running. */
    public synchronized void acquireHome() {
        if (lock != null) {
            return;
        }
        try {
            Files.createDirectories(settings.run());
            lockChannel = FileChannel.open(settings.run().resolve("launcher.lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new PlatformException("another ./motcua up is already running with " + settings.home()
                    + "; stop it first (Ctrl-C in its terminal)");
        }
        for (ServiceName service : ServiceName.values()) {
            StaleProcesses.endIfAlive(settings.run().resolve(service.id() + ".pid"),
                            commandLine -> commandLine.contains("quarkus-run.jar"))
                    .ifPresent(ended -> progress.println("Stopped " + service.id() + " left over from an earlier run: " + ended));
        }
        StaleProcesses.endIfAlive(settings.run().resolve(LocalS3.PID_FILE), commandLine -> commandLine.contains("s3proxy"))
                .ifPresent(ended -> progress.println("Stopped the S3 server left over from an earlier run: " + ended));
        StaleProcesses.endIfAlive(settings.postgresData().resolve("postmaster.pid"), commandLine -> commandLine.contains("postgres"))
                .ifPresent(ended -> progress.println("Stopped PostgreSQL left over from an earlier run: " + ended));
    }

    private void checkPortsAreFree() {
        List<String> taken = new ArrayList<>();
        if (!FreePorts.isFree(settings.postgresPort())) {
            taken.add(settings.postgresPort() + " (PostgreSQL; set MOTCUA_PG_PORT to move it)");
        }
        if (!FreePorts.isFree(settings.kafkaPort())) {
            taken.add(settings.kafkaPort() + " (Kafka; set MOTCUA_KAFKA_PORT to move it)");
        }
        if (!FreePorts.isFree(settings.kafkaControllerPort())) {
            taken.add(settings.kafkaControllerPort() + " (Kafka's controller, MOTCUA_KAFKA_PORT + 1)");
        }
        if (!FreePorts.isFree(settings.s3Port())) {
            taken.add(settings.s3Port() + " (the S3 server; set MOTCUA_S3_PORT to move it)");
        }
        for (ServiceName service : ServiceName.values()) {
            if (!FreePorts.isFree(settings.port(service))) {
                taken.add(settings.port(service) + " (" + service.id() + "; set " + service.portVariable() + " to move it)");
            }
        }
        if (!taken.isEmpty()) {
            throw new PlatformException("these ports are taken by another program: " + String.join(", ", taken));
        }
    }

    public synchronized void startPostgres() {
        if (postgres != null) {
            return;
        }
        long began = System.nanoTime();
        progress.println("Starting PostgreSQL on 127.0.0.1:" + settings.postgresPort() + " (data in " + settings.postgresData() + ")");
        postgres = LocalPostgres.start(Optional.of(settings.postgresData()), settings.postgresPort());
        for (ServiceName service : ServiceName.values()) {
            if (postgres.createDatabaseIfMissing(service.database())) {
                progress.println("  created database " + service.database());
            }
        }
        progress.printf("  PostgreSQL ready in %.1f s%n", seconds(began));
    }

    public synchronized void stopPostgres() {
        if (postgres != null) {
            quietly(postgres::close);
            postgres = null;
        }
    }

    public synchronized void startKafka() {
        if (kafka == null) {
            long began = System.nanoTime();
            progress.println("Starting Kafka on 127.0.0.1:" + settings.kafkaPort() + " (data in " + settings.kafkaData() + ")");
            kafka = LocalKafka.start(Optional.of(settings.kafkaData()), settings.kafkaPort(), settings.kafkaControllerPort());
            progress.printf("  Kafka ready in %.1f s%n", seconds(began));
        } else if (!kafka.isRunning()) {
            kafka.start();
        }
    }

    /** Stops the broker but keeps its data, for tests that take Kafka away and give it back. */
    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    /** Starts the S3 server on the objects folder, with its bucket, and waits until it answers. */
    public synchronized void startObjectStorage() {
        if (s3 != null && s3.isRunning()) {
            return;
        }
        long began = System.nanoTime();
        progress.println("Starting the S3 server (s3proxy) on 127.0.0.1:" + settings.s3Port() + " (objects in " + settings.objects() + ")");
        s3 = LocalS3.start(settings.objects(), settings.s3Port(), settings.run(), settings.logs().resolve("s3proxy.log"));
        progress.printf("  S3 server ready in %.1f s%n", seconds(began));
    }

    /** Stops the S3 server; the objects stay. */
    public synchronized void stopObjectStorage() {
        if (s3 != null) {
            quietly(s3::close);
            s3 = null;
        }
    }

    public synchronized Optional<ObjectStorage> objectStorage() {
        return Optional.ofNullable(s3).map(LocalS3::storage);
    }

    public synchronized SigningKeys signingKeys() {
        if (keys == null) {
            keys = SigningKeys.loadOrCreate(settings.keys());
        }
        return keys;
    }

    /** Starts the services in parallel and waits until each is ready. */
    public void startServices(List<ServiceName> which) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (ServiceName service : which) {
            ServiceProcess process = launch(service);
            starting.add(CompletableFuture.runAsync(() -> {
                long began = System.nanoTime();
                process.awaitReady(READY_TIMEOUT);
                progress.printf("  %s ready in %.1f s%n", service.id(), seconds(began));
            }));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public void startService(ServiceName service) {
        startServices(List.of(service));
    }

    /** Stops one service (SIGTERM, then waits) and starts it again on the same database and port. */
    public void restartService(ServiceName service) {
        stopService(service);
        startService(service);
    }

    private synchronized ServiceProcess launch(ServiceName service) {
        ServiceProcess running = services.get(service);
        if (running != null && running.isAlive()) {
            return running;
        }
        if (postgres == null || kafka == null) {
            throw new PlatformException("start PostgreSQL and Kafka before " + service.id());
        }
        // files are personal data: only dossier-service stores them (docs/architecture.md)
        if (service == ServiceName.DOSSIER && s3 == null) {
            throw new PlatformException("start the S3 server before " + service.id());
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("MOTCUA_HTTP_PORT", Integer.toString(settings.port(service)));
        environment.put("MOTCUA_DB_URL", postgres.jdbcUrl(service.database()));
        environment.put("MOTCUA_DB_USER", LocalPostgres.USER);
        environment.put("MOTCUA_DB_PASSWORD", "");
        environment.put("MOTCUA_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        environment.put("MOTCUA_JWT_ISSUER", TokenMinter.LOCAL_ISSUER);
        signingKeys();
        environment.put("MOTCUA_JWT_PUBLIC_KEY_LOCATION", SigningKeys.publicKeyFile(settings.keys()).toUri().toString());
        if (service == ServiceName.DOSSIER) {
            environment.putAll(s3.storage().environment());
        }
        if (service == ServiceName.DOSSIER && !System.getenv().containsKey("MOTCUA_PIN_KEY")) {
            // lookup PINs hashed under a key kept beside the signing keys, as in production (docs/dossiers.md)
            environment.put("MOTCUA_PIN_KEY", PinKey.loadOrCreate(settings.keys()));
        }
        if (service == ServiceName.PROCEDURE && sampleCatalogue && !System.getenv().containsKey("MOTCUA_CATALOG_SAMPLE_DATA")) {
            // a developer's platform starts with the sample province; it loads only into an empty catalogue
            environment.put("MOTCUA_CATALOG_SAMPLE_DATA", "true");
        }
        progress.println("Starting " + service.id() + " on port " + settings.port(service)
                + " (log in " + settings.logs().resolve(service.id() + ".log") + ")");
        ServiceProcess process = ServiceProcess.launch(service, settings.port(service), settings.serviceJar(service),
                settings.serviceJvmOptions(service), environment, settings.logs(), settings.run());
        services.put(service, process);
        return process;
    }

    public synchronized void stopService(ServiceName service) {
        ServiceProcess process = services.remove(service);
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    public synchronized Optional<ServiceProcess> service(ServiceName service) {
        return Optional.ofNullable(services.get(service));
    }

    public synchronized Optional<String> kafkaBootstrapServers() {
        return Optional.ofNullable(kafka).map(LocalKafka::bootstrapServers);
    }

    public synchronized Optional<String> jdbcUrl(ServiceName service) {
        return Optional.ofNullable(postgres).map(pg -> pg.jdbcUrl(service.database()));
    }

    /** Stops the services, then the S3 server, Kafka and PostgreSQL; leaves the data in place. */
    @Override
    public synchronized void close() {
        stopAll();
    }

    /** As {@link #close()}; returns whether anything was running. */
    public synchronized boolean stopAll() {
        boolean anything = !services.isEmpty() || s3 != null || kafka != null || postgres != null;
        if (anything) {
            progress.println("Stopping MotCua...");
        }
        List<ServiceName> running = new ArrayList<>(services.keySet());
        running.parallelStream().forEach(service -> services.get(service).stop(STOP_GRACE));
        services.clear();
        stopObjectStorage();
        if (kafka != null) {
            quietly(kafka::close);
            kafka = null;
        }
        stopPostgres();
        if (lock != null) {
            quietly(() -> {
                lock.release();
                lockChannel.close();
            });
            lock = null;
        }
        return anything;
    }

    private interface Action {
        void run() throws Exception;
    }

    private void quietly(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            progress.println("  (while stopping: " + e.getMessage() + ")");
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
