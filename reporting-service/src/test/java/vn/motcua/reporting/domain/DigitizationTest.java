package vn.motcua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DigitizationTest {

    @Test
    void theShareIsTheDocumentsDigitizedOverThoseReceivedToFourDecimals() {
        assertThat(Digitization.of(7, 5, 2, 0, 0, 0).shareDigitized()).isEqualTo(new BigDecimal("0.7143"));
    }

    @Test
    void filesForDossiersOfAnEarlierPeriodNeverTakeTheShareAboveOne() {
        Digitization digitization = Digitization.of(1, 2, 0, 0, 0, 0);

        assertThat(digitization.documentsDigitized()).isEqualTo(2);
        assertThat(digitization.shareDigitized()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void withNoDocumentReceivedThereIsNoShareRatherThanAZero() {
        assertThat(Digitization.of(0, 2, 1, 0, 0, 0).shareDigitized()).isNull();
    }

    @Test
    void theResultsShareIsTheResultsStoredOverEveryDossierResolved() {
        Digitization digitization = Digitization.of(0, 0, 0, 3, 1, 1);

        assertThat(digitization.resultsStored()).isEqualTo(1);
        assertThat(digitization.resultsSigned()).isEqualTo(1);
        assertThat(digitization.shareResultsStored()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Digitization.of(4, 4, 0, 0, 0, 0).shareResultsStored()).as("nothing resolved").isNull();
    }

    @Test
    void the766GroupIsElevenPointsForEachHalfAsItsCountsShowThem() {
        // 7 documents, 5 digitized (2 scanned); 3 dossiers resolved, 2 results stored, 1 of them signed
        Criterion group = Digitization.of(7, 5, 2, 3, 2, 1).index766(3);

        assertThat(group.status()).isEqualTo(Criterion.Status.COMPUTED);
        assertThat(group.maximum()).isEqualTo(22);
        assertThat(group.counts()).containsEntry("documentsTotal", 7L).containsEntry("documentsDigitized", 5L)
                .containsEntry("documentsScanned", 2L).containsEntry("documentsShare", new BigDecimal("0.7143"))
                // 11 × 0.7143
                .containsEntry("documentsPoints", new BigDecimal("7.86"))
                .containsEntry("resolved", 3L).containsEntry("resultsStored", 2L).containsEntry("resultsSigned", 1L)
                .containsEntry("resultsShare", new BigDecimal("0.6667"))
                // 11 × 0.6667
                .containsEntry("resultsPoints", new BigDecimal("7.33"));
        assertThat(group.score()).isEqualTo(new BigDecimal("15.19"));
        assertThat(group.formula())
                .isEqualTo("11 × documentsDigitized / documentsTotal (at most 1) + 11 × resultsStored / resolved");
        assertThat(group.note()).contains("stored files only").contains("never a result only declared as a file")
                .contains("approved or denied");
    }

    @Test
    void nothingStoredIsAZeroThatWasMeasured() {
        Criterion group = Digitization.of(86, 0, 0, 43, 0, 0).index766(43);

        assertThat(group.status()).isEqualTo(Criterion.Status.COMPUTED);
        assertThat(group.score()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void withNoDossierResolvedTheGroupHasNoScoreAndShowsItsDocumentsHalf() {
        Criterion group = Digitization.of(7, 5, 2, 0, 0, 0).index766(0);

        assertThat(group.status()).isEqualTo(Criterion.Status.NO_DATA);
        assertThat(group.score()).isNull();
        assertThat(group.counts()).containsEntry("documentsPoints", new BigDecimal("7.86")).containsEntry("resolved", 0L)
                .doesNotContainKeys("resultsShare", "resultsPoints");
        assertThat(group.note()).contains("no dossier resolved in the period, so the results half has nothing to divide by")
                .contains("never scored as zero or full");
    }

    @Test
    void withNoDocumentReceivedTheGroupHasNoScoreAndShowsItsResultsHalf() {
        Criterion group = Digitization.of(0, 2, 0, 4, 4, 0).index766(4);

        assertThat(group.status()).isEqualTo(Criterion.Status.NO_DATA);
        assertThat(group.score()).isNull();
        assertThat(group.counts()).containsEntry("resultsPoints", new BigDecimal("11.00"))
                .containsEntry("documentsDigitized", 2L).doesNotContainKeys("documentsShare", "documentsPoints");
        assertThat(group.note()).contains("no document received in the period, so the documents half has nothing to divide by");
        assertThat(Digitization.of(0, 0, 0, 0, 0, 0).index766(0).note())
                .contains("no document received and no dossier resolved");
    }
}
