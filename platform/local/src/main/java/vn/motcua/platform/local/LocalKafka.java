package vn.motcua.platform.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>It can be stopped and started again on the same ports and log directory, which is how tests
 * take Kafka away from a service and give it back. Topics are never created automatically: the
 * services create theirs with explicit settings.
 */
public final class LocalKafka implements AutoCloseable {

    private final Path logDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private LocalKafka(Path logDirectory, boolean temporary, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats the log directory if needed and starts the broker.
     *
     * @param logDirectory where the broker keeps its data across restarts; empty for a throw-away one
     * @param port         the client port, or 0 for any free port
     */
    public static LocalKafka start(Optional<Path> logDirectory, int port) {
        return start(logDirectory, port, 0);
    }

    /**
     * As {@link #start(Optional, int)}, with a fixed controller port: a kept log directory should be
     * reopened with the same quorum address it was formatted with.
     */
    public static LocalKafka start(Optional<Path> logDirectory, int port, int controllerPort) {
        try {
            Path directory = logDirectory.isPresent()
                    ? Files.createDirectories(logDirectory.get())
                    : Files.createTempDirectory("motcua-kafka-");
            LocalKafka kafka = new LocalKafka(directory, logDirectory.isEmpty(),
                    port > 0 ? port : FreePorts.any(), controllerPort > 0 ? controllerPort : FreePorts.any());
            kafka.start();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker again after {@link #stop()}, with the same ports and data. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties settings = settings();
        format(settings);
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(settings, false), Time.SYSTEM);
        starting.startup();
        server = starting;
    }

    /** Stops the broker and waits until it is down; its data stay for a later {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            deleteRecursively(logDirectory);
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", logDirectory.toString());
        settings.put("num.partitions", "1");
        settings.put("auto.create.topics.enable", "false");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("group.min.session.timeout.ms", "1000");
        settings.put("group.consumer.min.session.timeout.ms", "1000");
        settings.put("group.consumer.session.timeout.ms", "10000");
        settings.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        settings.put("background.threads", "2");
        settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        return settings;
    }

    private void format(Properties settings) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path configFile = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
        try {
            try (OutputStream out = Files.newOutputStream(configFile)) {
                settings.store(out, "written by MotCua's LocalKafka to format the log directory");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", configFile.toString()
            }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka configuration: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(configFile);
            } catch (IOException ignored) {
                // a leftover settings file does no harm; the next start overwrites it
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory that could not be removed is left to the operating system
        }
    }
}
