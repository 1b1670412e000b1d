package vn.motcua.platform.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierStatusTest {

    @Test
    void nationalCodesRunFromOneToTenInTheOrderOfTheNationalTable() {
        assertThat(DossierStatus.values()).containsExactly(
                DossierStatus.SUBMITTED,
                DossierStatus.RECEIVED,
                DossierStatus.REFUSED,
                DossierStatus.IN_PROGRESS,
                DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.AWAITING_PAYMENT,
                DossierStatus.WITHDRAWN,
                DossierStatus.SUSPENDED,
                DossierStatus.RESOLVED,
                DossierStatus.RETURNED);
        assertThat(Arrays.stream(DossierStatus.values()).mapToInt(DossierStatus::code))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void pausedStatusesHaveTheCodesFiveSixAndEight() {
        assertThat(DossierStatus.SUPPLEMENT_REQUESTED.code()).isEqualTo(5);
        assertThat(DossierStatus.AWAITING_PAYMENT.code()).isEqualTo(6);
        assertThat(DossierStatus.SUSPENDED.code()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void ofCodeFindsTheStatusItsCodeCameFrom(DossierStatus status) {
        assertThat(DossierStatus.ofCode(status.code())).isSameAs(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1})
    void ofCodeRejectsACodeOutsideOneToTen(int code) {
        assertThatThrownBy(() -> DossierStatus.ofCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national code " + code);
    }
}
