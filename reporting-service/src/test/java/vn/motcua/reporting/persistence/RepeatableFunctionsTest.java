package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL functions of the counts have one current text each, in a repeatable migration ({@code R__}): the
 * migrated database runs exactly those texts, the files apply again unchanged, and no versioned migration
 * after the two that came before the repeatables defines them (on a fresh database the repeatable would
 * silently undo it, on a migrated one it would not).
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RepeatableFunctionsTest {

    /** The versioned migrations applied before the functions moved to repeatable migrations; never edited. */
    private static final List<String> APPLIED_BEFORE = List.of("V20261128_30__report_counts.sql",
            "V20261128_40__report_counts_years.sql");
    private static final Pattern FUNCTION = Pattern.compile(
            "CREATE OR REPLACE FUNCTION (\\w+)\\(.*?\\sAS \\$\\$(.*?)\\$\\$;", Pattern.DOTALL);
    private static final String SCHEMA_PLACEHOLDER = "${flyway:defaultSchema}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCountsFunctionsEachHaveARepeatableMigration() throws IOException {
        assertThat(repeatableFunctions().keySet())
                .containsExactlyInAnyOrder("report_dossier_days", "report_counts_follow", "report_recount");
    }

    @Test
    void theMigratedDatabaseRunsTheTextsOfTheRepeatableMigrations() throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String schema = currentSchema(connection);
            for (Map.Entry<String, String> function : repeatableFunctions().entrySet()) {
                assertThat(bodyInDatabase(connection, function.getKey()))
                        .as("the body of %s() in the database", function.getKey())
                        .isEqualTo(function.getValue().replace(SCHEMA_PLACEHOLDER, schema));
            }
        }
    }

    @Test
    void noVersionedMigrationDefinesTheFunctionsAnyMore() throws IOException {
        List<String> defining = new ArrayList<>();
        for (Path migration : migrations("V")) {
            String text = Files.readString(migration, StandardCharsets.UTF_8);
            for (String function : repeatableFunctions().keySet()) {
                // a definition, not a trigger that calls the function (EXECUTE FUNCTION name())
                if (Pattern.compile("CREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION\\s+(\\S+\\.)?" + function + "\\s*\\(")
                        .matcher(text).find()) {
                    defining.add(migration.getFileName().toString());
                }
            }
        }
        assertThat(defining).as("versioned migrations that define a function of a repeatable migration")
                .isNotEmpty()
                .allSatisfy(file -> assertThat(APPLIED_BEFORE).contains(file));
    }

    @Test
    void theRepeatableMigrationsApplyAgainUnchanged() throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                String schema = currentSchema(connection);
                for (Path migration : migrations("R__")) {
                    statement.execute(Files.readString(migration, StandardCharsets.UTF_8).replace(SCHEMA_PLACEHOLDER, schema));
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** Each function's body (between its dollar quotes) by name, from the repeatable migrations. */
    private static Map<String, String> repeatableFunctions() throws IOException {
        Map<String, String> bodies = new TreeMap<>();
        for (Path migration : migrations("R__")) {
            Matcher function = FUNCTION.matcher(Files.readString(migration, StandardCharsets.UTF_8));
            while (function.find()) {
                bodies.put(function.group(1), function.group(2));
            }
        }
        return bodies;
    }

    private static List<Path> migrations(String prefix) throws IOException {
        try {
            Path folder = Path.of(RepeatableFunctionsTest.class.getClassLoader().getResource("db/migration").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyInDatabase(Connection connection, String function) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT prosrc FROM pg_proc WHERE proname = ? AND pronamespace = current_schema()::regnamespace")) {
            select.setString(1, function);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("%s() exists", function).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT current_schema()")) {
            row.next();
            return row.getString(1);
        }
    }
}
