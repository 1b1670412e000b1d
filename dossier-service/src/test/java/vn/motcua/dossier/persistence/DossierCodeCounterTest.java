package vn.motcua.dossier.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daily code counters: gap-free numbers per unit and day, moved up by reservations, never back. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierCodeCounterTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

    @Inject
    DossierCodeCounter counter;

    @Test
    void eachUnitAndDayCountsFromOneWithoutGaps() {
        String unit = newUnit();
        String other = newUnit();

        assertThat(next(unit, DAY)).isEqualTo(1);
        assertThat(next(unit, DAY)).isEqualTo(2);
        assertThat(next(unit, DAY.plusDays(1))).isEqualTo(1);
        assertThat(next(other, DAY)).isEqualTo(1);
        assertThat(next(unit, DAY)).isEqualTo(3);
    }

    @Test
    void aNumberTakenInATransactionThatRollsBackIsHandedOutAgain() {
        String unit = newUnit();
        assertThat(next(unit, DAY)).isEqualTo(1);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(counter.next(unit, DAY)).isEqualTo(2);
            throw new IllegalStateException("the intake failed after numbering");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(next(unit, DAY)).isEqualTo(2);
    }

    @Test
    void aReservationMovesTheCounterUpToTheTakenNumberButNeverBack() {
        String unit = newUnit();
        reserve(unit, DAY, 40);
        assertThat(next(unit, DAY)).isEqualTo(41);

        reserve(unit, DAY, 7);
        assertThat(next(unit, DAY)).isEqualTo(42);
        reserve(unit, DAY, 41);
        assertThat(next(unit, DAY)).isEqualTo(43);

        reserve(unit, DAY, 60);
        assertThat(next(unit, DAY)).isEqualTo(61);
    }

    @Test
    void concurrentTransactionsOfOneUnitAndDayTakeTurnsAndGetConsecutiveNumbers() throws Exception {
        String unit = newUnit();
        int intakes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> numbers = new ArrayList<>();
        try {
            List<Future<Integer>> taken = new ArrayList<>();
            for (int i = 0; i < intakes; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return next(unit, DAY);
                }));
            }
            start.countDown();
            for (Future<Integer> number : taken) {
                numbers.add(number.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, intakes).boxed().toList());
    }

    private int next(String unit, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> counter.next(unit, day));
    }

    private void reserve(String unit, LocalDate day, int taken) {
        QuarkusTransaction.requiringNew().run(() -> counter.reserve(unit, day, taken));
    }

    private static String newUnit() {
        return "counter-test-" + UUID.randomUUID();
    }
}
