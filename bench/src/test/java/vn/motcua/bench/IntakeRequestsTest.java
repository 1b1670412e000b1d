package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<IntakeTarget> targets = List.of(new IntakeTarget("16906", "1.004884"), new IntakeTarget("16813", "1.001193"));

    @Test
    void every_body_passes_the_rules_intake_checks() throws Exception {
        IntakeRequests requests = new IntakeRequests(targets, 1);
        for (int i = 0; i < 2000; i++) {
            IntakeRequests.Intake intake = requests.next();
            JsonNode body = JSON.readTree(intake.json());

            assertThat(body.path("receivingUnitCode").asText()).isEqualTo(intake.target().unitCode());
            assertThat(body.path("procedureCode").asText()).isEqualTo(intake.target().procedureCode());
            assertThat(body.path("channel").asText()).isIn("COUNTER", "POST");
            JsonNode applicant = body.path("applicant");
            assertThat(applicant.path("fullName").asText()).isNotBlank();
            assertThat(applicant.path("citizenId").asText()).matches("\\d{12}");
            assertThat(applicant.path("phone").asText()).matches("0\\d{9}");
            assertThat(applicant.path("address").asText()).isNotBlank();
            JsonNode documents = body.path("documents");
            assertThat(documents.size()).isBetween(1, 5);
            for (JsonNode document : documents) {
                assertThat(document.path("name").asText()).isNotBlank();
                if (document.path("receivedAs").asText().equals("FILE")) {
                    assertThat(document.path("fileName").asText()).isNotBlank();
                    assertThat(document.path("sizeBytes").asLong()).isPositive();
                    assertThat(document.path("sha256").asText()).matches("[0-9a-f]{64}");
                } else {
                    assertThat(document.path("receivedAs").asText()).isEqualTo("PAPER");
                }
            }
        }
    }

    @Test
    void requests_vary_across_targets_applicants_and_documents() throws Exception {
        IntakeRequests requests = new IntakeRequests(targets, 7);
        Set<String> units = new HashSet<>();
        Set<String> citizenIds = new HashSet<>();
        Set<Integer> documentCounts = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            IntakeRequests.Intake intake = requests.next();
            JsonNode body = JSON.readTree(intake.json());
            units.add(intake.target().unitCode());
            citizenIds.add(body.path("applicant").path("citizenId").asText());
            documentCounts.add(body.path("documents").size());
            body.path("documents").forEach(d -> kinds.add(d.path("receivedAs").asText()));
        }

        assertThat(units).containsExactlyInAnyOrder("16906", "16813");
        assertThat(citizenIds).hasSizeGreaterThan(490);
        assertThat(documentCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(kinds).containsExactlyInAnyOrder("PAPER", "FILE");
    }

    @Test
    void the_same_seed_gives_the_same_requests_so_runs_compare() {
        assertThat(new IntakeRequests(targets, 3).next()).isEqualTo(new IntakeRequests(targets, 3).next());
    }

    @Test
    void without_a_catalogue_there_is_nothing_to_send() {
        assertThatThrownBy(() -> new IntakeRequests(List.of(), 1)).hasMessageContaining("catalogue");
    }

    @Test
    void the_dossier_id_is_read_from_the_location_of_a_201() {
        assertThat(IntakeSender.dossierId("http://127.0.0.1:8082/api/v1/dossiers/3f1c1e0a-8a51-4f44-9d0e-4c1b3f0f2a11"))
                .hasToString("3f1c1e0a-8a51-4f44-9d0e-4c1b3f0f2a11");
    }
}
