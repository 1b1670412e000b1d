package vn.motcua.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics that docs/operations.md promises, read from its table (columns: metric, services, tags,
 * what), and the check that a running service exposes each one promised for it at {@code /q/metrics}.
 * A name ending in {@code _*} stands for every series with that prefix; {@code {...}} lists tags.
 */
public final class DocumentedMetrics {

    private static final Pattern NAME = Pattern.compile("`([a-z_]+\\*?)(\\{[^}]*})?`");

    private DocumentedMetrics() {
    }

    /** The metric names (or prefixes, ending in {@code *}) the table promises for this service. */
    public static List<String> promisedFor(String service) {
        List<String> names = new ArrayList<>();
        for (String row : tableRows()) {
            String[] cells = row.split("\\|");
            // | metric | services | tags | what |  splits into "", metric, services, tags, what
            if (cells.length < 4) {
                continue;
            }
            List<String> services = Arrays.stream(cells[2].split(",")).map(String::trim).toList();
            if (services.contains("all") || services.contains(service)) {
                Matcher name = NAME.matcher(cells[1]);
                while (name.find()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** Fails unless {@code /q/metrics} of the service under test has a series for every promised metric. */
    public static void assertExposed(String service) {
        List<String> promised = promisedFor(service);
        assertThat(promised).as("docs/operations.md promises metrics for %s", service).isNotEmpty();
        List<String> series = given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        List<String> missing = promised.stream().filter(name -> series.stream().noneMatch(line -> matches(line, name))).toList();
        assertThat(missing).as("metrics docs/operations.md promises for %s but /q/metrics lacks", service).isEmpty();
    }

    private static boolean matches(String line, String name) {
        if (name.endsWith("*")) {
            return line.startsWith(name.substring(0, name.length() - 1));
        }
        return line.startsWith(name + "{") || line.startsWith(name + " ");
    }

    /** The rows of the table under the "Metrics" heading, without its header and separator. */
    private static List<String> tableRows() {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : read().lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Metrics");
                continue;
            }
            if (inSection && line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| metric")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static String read() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path docs = directory.resolve("docs/operations.md");
            if (Files.isRegularFile(docs)) {
                try {
                    return Files.readString(docs);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("docs/operations.md not found above " + Path.of("").toAbsolutePath());
    }
}
