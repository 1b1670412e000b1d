package vn.motcua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DigitizationTest {

    @Test
    void theShareIsTheDocumentsDigitizedOverThoseReceivedToFourDecimals() {
        assertThat(Digitization.of(7, 5, 2).shareDigitized()).isEqualTo(new BigDecimal("0.7143"));
    }

    @Test
    void filesForDossiersOfAnEarlierPeriodNeverTakeTheShareAboveOne() {
        Digitization digitization = Digitization.of(1, 2, 0);

        assertThat(digitization.documentsDigitized()).isEqualTo(2);
        assertThat(digitization.shareDigitized()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void withNoDocumentReceivedThereIsNoShareRatherThanAZero() {
        assertThat(Digitization.of(0, 2, 1).shareDigitized()).isNull();
    }
}
