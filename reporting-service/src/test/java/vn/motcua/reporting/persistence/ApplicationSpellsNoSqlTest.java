package vn.motcua.reporting.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The application layer orchestrates; the SQL of every table and query lives in the persistence package. */
class ApplicationSpellsNoSqlTest {

    private static final Path APPLICATION = Path.of("src/main/java/vn/motcua/reporting/application");
    private static final Pattern SQL_LITERAL = Pattern.compile(
            "\"[^\"]*\\b(SELECT|INSERT|UPDATE|DELETE|LISTEN|NOTIFY|LOCK TABLE|SET LOCAL|CREATE|DROP|ALTER)\\b|\"\"\"");

    @Test
    void noStringUnderApplicationIsSql() throws IOException {
        assertThat(APPLICATION).isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APPLICATION)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (SQL_LITERAL.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("SQL under application/").isEmpty();
    }
}
