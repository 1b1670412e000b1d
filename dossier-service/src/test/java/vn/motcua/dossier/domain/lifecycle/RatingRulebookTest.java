package vn.motcua.dossier.domain.lifecycle;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN.md: "rate (1-5, optional comment) | RETURNED, once | citizen with the receipt PIN | unchanged". */
class RatingRulebookTest {

    @Test
    void aReturnedDossierIsRatedWithItsStatusUnchangedAndTheNextSequence() {
        DossierState rated = Rating.rate(dossier(DossierStatus.RETURNED, null), 4);
        assertThat(rated.rating()).isEqualTo(4);
        assertThat(rated.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(rated.sequence()).isEqualTo(8);
    }

    @Test
    void onlyAReturnedDossierMayBeRated() {
        for (DossierStatus status : DossierStatus.values()) {
            if (status == DossierStatus.RETURNED) {
                continue;
            }
            assertThatThrownBy(() -> Rating.rate(dossier(status, null), 5)).isInstanceOf(ActionRefused.class)
                    .extracting(e -> ((ActionRefused) e).kind()).isEqualTo(ActionRefused.Kind.WRONG_STATUS);
        }
    }

    @Test
    void aDossierIsRatedOnce() {
        assertThatThrownBy(() -> Rating.rate(dossier(DossierStatus.RETURNED, 3), 5)).isInstanceOf(ActionRefused.class)
                .hasMessageContaining("rated already");
    }

    @Test
    void theScoreIsFromOneToFiveAndTheCommentAtMostAThousandCharacters() {
        assertThat(Rating.problems(0, null)).extracting(Violation::field).containsExactly("score");
        assertThat(Rating.problems(6, null)).extracting(Violation::field).containsExactly("score");
        assertThat(Rating.problems(null, null)).extracting(Violation::field).containsExactly("score");
        assertThat(Rating.problems(1, "x".repeat(1000))).isEmpty();
        assertThat(Rating.problems(5, "x".repeat(1001))).extracting(Violation::field).containsExactly("comment");
    }

    private static DossierState dossier(DossierStatus status, Integer rating) {
        Instant at = Instant.parse("2025-07-07T01:00:00Z");
        return new DossierState(UUID.randomUUID(), "000.16.906.H40-250707-0001", "1.004884", "tu-phap-ho-tich",
                ProcessingTime.workingDays(5), "16906", "16906", Channel.COUNTER, null,
                ApplicantProfile.PERSON_IN_PERSON, status, at, at, null, null, at, null,
                null, null, null, null, List.of(), false, rating, 2, 1, 7);
    }
}
