package vn.motcua.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how the local platform runs: its home folder (data, keys, logs), the repository whose
 * built services it starts, and the ports. {@link #fromEnvironment(Path, Map)} reads the MOTCUA_*
 * variables that README.md documents.
 */
public record PlatformSettings(
        Path repository,
        Path home,
        int postgresPort,
        int kafkaPort,
        int s3Port,
        Map<ServiceName, Integer> servicePorts,
        List<String> serviceJvmOptions) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_S3_PORT = 19000;
    /**
     * The services' JVM options. {@code CompileThresholdScaling=3}: a method is compiled after three times
     * as many calls as by default, so the start-up code that runs a few times is interpreted instead of
     * compiled; that halves the compiler threads' CPU while a service starts, on two cores the other half
     * of the machine (docs/benchmarks.md, "Start-up and memory"). Code that runs hot is compiled all the same.
     */
    public static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:CompileThresholdScaling=3";

    public PlatformSettings {
        servicePorts = Map.copyOf(servicePorts);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    public static PlatformSettings fromEnvironment(Path repository, Map<String, String> environment) {
        Path home = Path.of(environment.getOrDefault("MOTCUA_HOME", repository.resolve(".motcua").toString())).toAbsolutePath();
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            ports.put(service, port(environment, service.portVariable(), service.defaultPort()));
        }
        String jvm = environment.getOrDefault("MOTCUA_SERVICE_JVM_OPTS", DEFAULT_JVM_OPTIONS);
        return new PlatformSettings(repository.toAbsolutePath(), home,
                port(environment, "MOTCUA_PG_PORT", DEFAULT_POSTGRES_PORT),
                port(environment, "MOTCUA_KAFKA_PORT", DEFAULT_KAFKA_PORT),
                port(environment, "MOTCUA_S3_PORT", DEFAULT_S3_PORT),
                ports, new ArrayList<>(List.of(jvm.trim().split("\\s+"))));
    }

    /**
     * The JVM options a service starts with: the configured ones, then the service's class-data sharing
     * archive when its build made one ({@link #classDataArchive}) and the configured options do not
     * choose sharing themselves. The archive comes from the build, not from the options: it belongs to
     * that build of that service, and a JVM that cannot use it (another Java version) starts without it.
     */
    public List<String> serviceJvmOptions(ServiceName service) {
        List<String> options = new ArrayList<>(serviceJvmOptions);
        Path archive = classDataArchive(service);
        boolean chosen = options.stream().anyMatch(option -> option.startsWith("-Xshare") || option.contains("SharedArchiveFile"));
        if (!chosen && Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return List.copyOf(options);
    }

    /** The class-data sharing archive the Quarkus build writes next to the service's jar. */
    public Path classDataArchive(ServiceName service) {
        return serviceJar(service).resolveSibling("app-cds.jsa");
    }

    public int port(ServiceName service) {
        return servicePorts.get(service);
    }

    /** The KRaft controller listens next to the broker. */
    public int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    public Path kafkaData() {
        return home.resolve("kafka");
    }

    /** The S3 server's folder: one sub-folder per bucket, one file per object. */
    public Path objects() {
        return home.resolve("objects");
    }

    public Path keys() {
        return home.resolve("keys");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path serviceJar(ServiceName service) {
        return repository.resolve(service.id()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int port(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new PlatformException(variable + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }
}
