package vn.motcua.platform.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The command behind {@code ./motcua}: {@code up} runs the local platform until Ctrl-C or SIGTERM (with
 * {@code --demo}, filled with the demo province), {@code demo} fills a running one, {@code events} prints its events, {@code token} prints
 * a JWT that the local services accept.
 */
public final class Motcua {

    private static final String USAGE = """
            Usage:
              ./motcua up [--demo]                      run PostgreSQL, Kafka, S3 and the three services until Ctrl-C;
                                                         --demo fills them with the demo province once they are up
              ./motcua demo                             fill the running platform with the demo province (again: changes nothing)
              ./motcua events [--from-beginning]        print the running platform's events, one line each, until Ctrl-C
              ./motcua token --role ROLE [--unit CODE] [--sub SUBJECT] [--ttl DURATION]
                                                         print a JWT the local services accept
                  ROLE: officer, province_admin, analyst or citizen (repeat --role for several)
                  --unit: the officer's unit code, e.g. 16906 (required for officer)
                  --ttl: lifetime such as 8h, 30m or PT2H (default 8h)
            Environment: MOTCUA_HOME, MOTCUA_PG_PORT, MOTCUA_KAFKA_PORT, MOTCUA_S3_PORT, MOTCUA_PROCEDURE_PORT,
              MOTCUA_DOSSIER_PORT, MOTCUA_REPORTING_PORT, MOTCUA_SERVICE_JVM_OPTS (see README.md)""";

    /** The roles a token may carry (DESIGN.md, "Security"). */
    static final List<String> ROLES = List.of("officer", "province_admin", "analyst", "citizen");

    private Motcua() {
    }

    public static void main(String[] args) {
        Path repository = Path.of(System.getProperty("motcua.repository", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;
        int status;
        try {
            PlatformSettings settings = PlatformSettings.fromEnvironment(repository, System.getenv());
            String command = args.length == 0 ? "help" : args[0];
            List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
            status = switch (command) {
                case "up" -> up(settings, rest, out);
                case "demo" -> demo(settings, out);
                case "events" -> events(settings, rest, out);
                case "token" -> token(settings, rest, out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("Unknown command '" + command + "'.\n" + USAGE);
                    yield 2;
                }
            };
        } catch (PlatformException e) {
            System.err.println("motcua: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private static int up(PlatformSettings settings, List<String> args, PrintStream out) {
        boolean demo = args.contains("--demo");
        for (String arg : args) {
            if (!arg.equals("--demo")) {
                throw new PlatformException("unknown option '" + arg + "' of up.\n" + USAGE);
            }
        }
        LocalPlatform platform = new LocalPlatform(settings, out);
        // the demo fills the catalogue through the public import API, not the service's own sample loader
        platform.loadSampleCatalogue(!demo);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            if (platform.stopAll()) {
                out.println("MotCua stopped; data kept in " + settings.home());
            }
            stopped.countDown();
        }, "motcua-stop");
        Runtime.getRuntime().addShutdownHook(shutdown);
        long began = System.nanoTime();
        try {
            platform.start();
        } catch (PlatformException e) {
            System.err.println("motcua: " + e.getMessage());
            System.err.println("motcua: nothing is left running.");
            return 1;
        }
        printWelcome(settings, out, (System.nanoTime() - began) / 1e9);
        if (demo) {
            try {
                new DemoProvince(settings, new PlatformClient(settings), out).load();
            } catch (PlatformException e) {
                // the platform stays up: the developer may look at what went wrong and run ./motcua demo again
                System.err.println("motcua: the demo could not be loaded: " + e.getMessage());
            }
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int demo(PlatformSettings settings, PrintStream out) {
        for (ServiceName service : ServiceName.values()) {
            if (FreePorts.isFree(settings.port(service))) {
                throw new PlatformException(service.id() + " is not running on port " + settings.port(service)
                        + "; start the platform first (./motcua up, or ./motcua up --demo)");
            }
        }
        new DemoProvince(settings, new PlatformClient(settings), out).load();
        return 0;
    }

    private static int events(PlatformSettings settings, List<String> args, PrintStream out) {
        for (String arg : args) {
            if (!arg.equals("--from-beginning")) {
                throw new PlatformException("unknown option '" + arg + "' of events.\n" + USAGE);
            }
        }
        if (FreePorts.isFree(settings.kafkaPort())) {
            throw new PlatformException("no Kafka on port " + settings.kafkaPort() + "; start the platform first (./motcua up)");
        }
        new EventWatch(settings, out).follow(args.contains("--from-beginning"));
        return 0;
    }

    private static void printWelcome(PlatformSettings settings, PrintStream out, double seconds) {
        out.printf("%nMotCua is up in %.1f s.%n", seconds);
        for (ServiceName service : ServiceName.values()) {
            String base = "http://localhost:" + settings.port(service);
            out.printf("  %-18s API %s/api/v1   Swagger UI %s/q/swagger-ui   health %s/q/health%n",
                    service.id(), base, base, base);
        }
        out.printf("  PostgreSQL         jdbc:postgresql://127.0.0.1:%d/{procedure,dossier,reporting} (user postgres)%n",
                settings.postgresPort());
        out.printf("  Kafka              127.0.0.1:%d%n", settings.kafkaPort());
        out.printf("  S3 (s3proxy)       http://127.0.0.1:%d  bucket %s, access key %s, secret key %s, path-style%n",
                settings.s3Port(), LocalS3.BUCKET, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
        out.println("  Data, keys, logs   " + settings.home());
        out.println("A token for a commune officer: ./motcua token --role officer --unit 16906");
        out.println("Press Ctrl-C to stop.");
    }

    private static int token(PlatformSettings settings, List<String> args, PrintStream out) {
        List<String> roles = new ArrayList<>();
        Optional<String> unit = Optional.empty();
        String subject = null;
        Duration lifetime = Duration.ofHours(8);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new PlatformException(option + " needs a value.\n" + USAGE);
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> {
                    if (!ROLES.contains(value)) {
                        throw new PlatformException("unknown role '" + value + "'; roles are " + String.join(", ", ROLES));
                    }
                    roles.add(value);
                }
                case "--unit" -> {
                    if (!value.matches("\\d{2}|\\d{5}")) {
                        throw new PlatformException("--unit takes a unit code: 2 digits for the province, 5 for a commune");
                    }
                    unit = Optional.of(value);
                }
                case "--sub" -> subject = value;
                case "--ttl" -> lifetime = duration(value);
                default -> throw new PlatformException("unknown option '" + option + "'.\n" + USAGE);
            }
        }
        if (roles.isEmpty()) {
            throw new PlatformException("say which role the token is for: --role " + String.join("|", ROLES));
        }
        if (roles.contains("officer") && unit.isEmpty()) {
            throw new PlatformException("an officer works for a unit: add --unit CODE (e.g. --unit 16906)");
        }
        if (subject == null) {
            subject = roles.get(0) + unit.map(code -> "-" + code).orElse("") + "-local";
        }
        SigningKeys keys = SigningKeys.loadOrCreate(settings.keys());
        TokenMinter minter = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, Clock.systemUTC());
        out.println(minter.mint(new TokenMinter.Grant(subject, roles, unit, lifetime)));
        return 0;
    }

    private static Duration duration(String text) {
        try {
            if (text.matches("\\d+[hmd]")) {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 'h' -> Duration.ofHours(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new PlatformException("--ttl takes a duration such as 8h, 30m, 2d or PT2H, not '" + text + "'");
        }
    }
}
