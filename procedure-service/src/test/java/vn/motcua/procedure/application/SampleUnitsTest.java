package vn.motcua.procedure.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.procedure.domain.Codes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample province's units are the official ones: the General Statistics Office's list in force since
 * 1 July 2025, as committed in {@code sample/units-nghe-an-2025.csv}, plus the province itself.
 */
class SampleUnitsTest {

    private static final String PROVINCE = "40";

    /** A unit as the official list gives it. */
    record OfficialUnit(String code, String name, String kind) {
    }

    private final Map<String, OfficialUnit> official = officialList();
    private final JsonNode sample = sample();

    @Test
    void theOfficialListIsNgheAnsOneHundredThirtyUnits() {
        assertThat(official).hasSize(130);
        assertThat(official.values().stream().filter(unit -> unit.kind().equals("COMMUNE")).count()).isEqualTo(119);
        assertThat(official.values().stream().filter(unit -> unit.kind().equals("WARD")).count()).isEqualTo(11);
        assertThat(official.get("16906")).isEqualTo(new OfficialUnit("16906", "Xã Lượng Minh", "COMMUNE"));
    }

    @Test
    void theSampleHoldsExactlyTheOfficialUnitsAndTheProvince() {
        Map<String, OfficialUnit> units = new LinkedHashMap<>();
        List<JsonNode> provinces = new ArrayList<>();
        for (JsonNode unit : sample.path("units")) {
            if (unit.path("kind").asText().equals("PROVINCE")) {
                provinces.add(unit);
                continue;
            }
            OfficialUnit previous = units.put(unit.path("code").asText(),
                    new OfficialUnit(unit.path("code").asText(), unit.path("name").asText(), unit.path("kind").asText()));
            assertThat(previous).as("unit %s twice in the sample", unit.path("code").asText()).isNull();
        }
        assertThat(provinces).singleElement().satisfies(province -> {
            assertThat(province.path("code").asText()).isEqualTo(PROVINCE);
            assertThat(province.path("name").asText()).isEqualTo("Tỉnh Nghệ An");
        });
        // same codes, and under each code the official name and kind
        assertThat(units).containsExactlyInAnyOrderEntriesOf(official);
    }

    @Test
    void agencyCodesAreUniqueAndFollowTheSamplePattern() {
        Set<String> agencyCodes = new HashSet<>();
        for (JsonNode unit : sample.path("units")) {
            String code = unit.path("code").asText();
            String agencyCode = unit.path("agencyCode").asText();
            String expected = code.equals(PROVINCE) ? "000.00.00.H40" : "000." + code.substring(0, 2) + "." + code.substring(2) + ".H40";
            assertThat(agencyCode).as("agency code of %s", code).isEqualTo(expected).matches(Codes.AGENCY);
            assertThat(agencyCodes.add(agencyCode)).as("agency code %s twice", agencyCode).isTrue();
        }
    }

    @Test
    void theDemoUnitsAreSampleUnitsAndLuongMinhIsAmongThem() {
        List<String> demoUnits = new ArrayList<>();
        sample.path("demoUnits").forEach(code -> demoUnits.add(code.asText()));
        assertThat(demoUnits).hasSize(12).doesNotHaveDuplicates().contains("16906");
        assertThat(official.keySet()).containsAll(demoUnits);
    }

    @Test
    void theAboutTextSaysAgencyCodesAreIllustrative() {
        assertThat(sample.path("about").asText()).contains("1027/CTK-CSCL").contains("Agency codes are NOT in that list")
                .contains("illustrative");
    }

    private static Map<String, OfficialUnit> officialList() {
        String[] lines = read("/sample/units-nghe-an-2025.csv").split("\r?\n");
        assertThat(lines[0]).isEqualTo("code,name,kind,province_code");
        Map<String, OfficialUnit> units = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells).as("line %d", i + 1).hasSize(4);
            assertThat(cells[3]).as("province of line %d", i + 1).isEqualTo(PROVINCE);
            assertThat(units.put(cells[0], new OfficialUnit(cells[0], cells[1], cells[2]))).as("code %s twice", cells[0]).isNull();
        }
        return units;
    }

    private static JsonNode sample() {
        try {
            return new ObjectMapper().readTree(read("/sample/nghe-an.json"));
        } catch (IOException e) {
            throw new AssertionError("the sample is not JSON", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = SampleUnitsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(resource + " cannot be read", e);
        }
    }
}
