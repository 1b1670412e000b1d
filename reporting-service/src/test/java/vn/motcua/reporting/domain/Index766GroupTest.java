package vn.motcua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Decision 766 index as the national portal publishes it: six groups, 100 points. */
class Index766GroupTest {

    @Test
    void theSixGroupsWeighAsThePortalPublishesThemAndMakeOneHundred() {
        assertThat(Arrays.stream(Index766Group.values()).map(Index766Group::key)).containsExactly("transparency",
                "progress", "onlineService", "onlinePayment", "digitization", "satisfaction");
        assertThat(Arrays.stream(Index766Group.values()).map(Index766Group::weight)).containsExactly(18, 20, 12, 10, 22, 18);
        assertThat(Index766Group.maximum()).isEqualTo(100);
    }

    @Test
    void aGroupWithNothingToMeasureHasNoScoreRatherThanZero() {
        Criterion empty = Criterion.share(Index766Group.ONLINE_SERVICE, "12 × receivedOnline / received", 0, 0, Map.of());
        Criterion none = Criterion.share(Index766Group.ONLINE_SERVICE, "12 × receivedOnline / received", 0, 4, Map.of());

        assertThat(empty.score()).isNull();
        assertThat(empty.status()).isEqualTo(Criterion.Status.NO_DATA);
        assertThat(none.score()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.status()).isEqualTo(Criterion.Status.COMPUTED);
    }

    @Test
    void aGroupTheDataCannotSupportIsNotComputableAndCannotCarryAScore() {
        Criterion payment = Criterion.notComputable(Index766Group.ONLINE_PAYMENT, "10 × paid online / amount due", "no payments");

        assertThat(payment.score()).isNull();
        assertThat(payment.maximum()).isEqualTo(10);
        assertThat(payment.status()).isEqualTo(Criterion.Status.NOT_COMPUTABLE);
        assertThatThrownBy(() -> new Criterion("onlinePayment", 10, BigDecimal.TEN, Criterion.Status.NOT_COMPUTABLE, "f",
                Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
