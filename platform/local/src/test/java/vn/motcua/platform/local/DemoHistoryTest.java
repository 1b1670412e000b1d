package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPOSITORY = Path.of("../..");

    @Test
    void everyRunDrawsTheVerySameRowsSoASecondImportFindsThemUnchanged() throws IOException {
        assertThat(history().rows()).isEqualTo(history().rows());
    }

    @Test
    void theRealCaseIsAllLuongMinhHadOfCivilStatusFromOneToNineJuly() throws IOException {
        JsonNode catalogue = catalogue();
        Set<String> civilStatus = new HashSet<>();
        catalogue.path("procedures").forEach(p -> {
            if (p.path("fieldCode").asText().equals("tu-phap-ho-tich")) {
                civilStatus.add(p.path("code").asText());
            }
        });
        List<ObjectNode> realCase = history().rows().stream()
                .filter(row -> row.path("receivingUnitCode").asText().equals("16906")
                        && civilStatus.contains(row.path("procedureCode").asText()))
                .filter(row -> !receivedOn(row).isBefore(LocalDate.of(2025, 7, 1)) && !receivedOn(row).isAfter(LocalDate.of(2025, 7, 9)))
                .toList();

        assertThat(realCase).hasSize(43);
        for (ObjectNode row : realCase) {
            JsonNode resolve = step(row, "resolve");
            assertThat(resolve).as("resolved: " + row.path("code")).isNotNull();
            // same-day procedures received before the cutoff, resolved that day: on time by the date rule
            assertThat(OffsetDateTime.parse(resolve.path("at").asText()).toLocalDate()).isEqualTo(receivedOn(row));
            assertThat(row.path("competentUnitCode").isMissingNode()).isTrue();
        }
    }

    @Test
    void onlyTheSamplesDemoUnitsReceiveDossiersThoughTheSampleHoldsAllTheProvincesUnits() throws IOException {
        JsonNode catalogue = catalogue();
        Set<String> demoUnits = new HashSet<>();
        catalogue.path("demoUnits").forEach(code -> demoUnits.add(code.asText()));
        Set<String> receiving = new HashSet<>();
        history().rows().forEach(row -> receiving.add(row.path("receivingUnitCode").asText()));

        assertThat(catalogue.path("units").size()).isEqualTo(131);
        assertThat(receiving).isEqualTo(demoUnits).hasSize(12).contains("16906");
    }

    @Test
    void codesAreUniqueAndEveryTimelineMovesForwardInTime() throws IOException {
        Set<String> codes = new HashSet<>();
        for (ObjectNode row : history().rows()) {
            assertThat(codes.add(row.path("code").asText())).as("code given once: " + row.path("code")).isTrue();
            OffsetDateTime previous = null;
            for (JsonNode step : row.path("timeline")) {
                OffsetDateTime at = OffsetDateTime.parse(step.path("at").asText());
                if (previous != null) {
                    assertThat(at).as(row.path("code") + " " + step.path("action")).isAfter(previous);
                }
                previous = at;
            }
        }
    }

    private static DemoHistory history() throws IOException {
        Set<LocalDate> holidays = new HashSet<>();
        JSON.readTree(REPOSITORY.resolve("dossier-service/src/main/resources/calendar/holidays-2025-2026.json").toFile())
                .path("years").forEach(year -> year.path("holidays")
                        .forEach(day -> holidays.add(LocalDate.parse(day.path("date").asText()))));
        return new DemoHistory(JSON, catalogue(), holidays);
    }

    private static JsonNode catalogue() throws IOException {
        return JSON.readTree(REPOSITORY.resolve("procedure-service/src/main/resources/sample/nghe-an.json").toFile());
    }

    private static LocalDate receivedOn(JsonNode row) {
        return OffsetDateTime.parse(row.path("timeline").get(0).path("at").asText()).toLocalDate();
    }

    private static JsonNode step(JsonNode row, String action) {
        for (JsonNode step : row.path("timeline")) {
            if (step.path("action").asText().equals(action)) {
                return step;
            }
        }
        return null;
    }
}
