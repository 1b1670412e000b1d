package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBenchTest {

    @Test
    void the_scopes_cover_the_province_a_commune_a_field_and_periods_from_a_month_to_three_years() {
        List<String> queries = ReportBench.queries("timeseries", LocalDate.of(2026, 11, 28), List.of("16906", "16813", "17266"));

        assertThat(queries).containsExactly(
                "/api/v1/reports/timeseries?from=2025-11-01&to=2026-10-31&granularity=month",
                "/api/v1/reports/timeseries?from=2023-11-01&to=2026-10-31&granularity=month",
                "/api/v1/reports/timeseries?from=2025-11-01&to=2026-10-31&unit=16906&granularity=month",
                "/api/v1/reports/timeseries?from=2025-11-01&to=2026-10-31&unit=16813&field=bench-field-03&granularity=month",
                "/api/v1/reports/timeseries?from=2026-10-01&to=2026-10-31&granularity=day");
        assertThat(ReportBench.queries("summary", LocalDate.of(2026, 11, 28), List.of("16906")))
                .allSatisfy(query -> assertThat(query).startsWith("/api/v1/reports/summary?").doesNotContain("granularity"));
    }
}
