package vn.motcua.platform.http;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway migrates the platform's tables (db/platform) before the service's own (db/migration) at start. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlatformMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createsTheIdempotencyKeyTable() {
        assertThat(strings("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'http_idempotency_key'
                 ORDER BY ordinal_position"""))
                .containsExactly("caller", "idempotency_key", "request_method", "request_path", "request_hash",
                        "response_status", "response_type", "response_headers", "response_body", "created_at");
    }

    @Test
    void keysIdempotencyRecordsByCallerAndKey() {
        assertThat(strings("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = 'http_idempotency_key'::regclass AND i.indisprimary
                 ORDER BY array_position(i.indkey, a.attnum)"""))
                .containsExactly("caller", "idempotency_key");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'http_idempotency_key'"))
                .contains("http_idempotency_key_created_at");
    }

    @Test
    void recordsThePlatformMigrationAndTheServicesOwnAsApplied() {
        assertThat(strings("SELECT script || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL"))
                .contains("db/platform/V20261128_01__idempotency_keys.sql:true", "db/migration/V1__test_registrations.sql:true");
    }

    private List<String> strings(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
