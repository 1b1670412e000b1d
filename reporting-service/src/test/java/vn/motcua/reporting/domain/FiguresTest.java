package vn.motcua.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FiguresTest {

    @Test
    void aDossierWithdrawnAfterReceptionLeavesToProcessSoItIsNeitherOnTimeNorLate() {
        // 10 received, 2 carried over; 3 of them withdrawn; 6 resolved (1 late), 1 overdue still in progress
        Figures figures = Figures.of(10, 2, 1, 4, 1, 1, 1, 0, 4, 3);

        assertEquals(9, figures.toProcess());
        assertEquals(4, figures.withdrawn());
        assertEquals(3, figures.withdrawnAfterReception());
        assertEquals(new BigDecimal("0.2222"), figures.lateRate());
        assertEquals(new BigDecimal("0.7778"), figures.onTimeRate());
        assertEquals(new BigDecimal("0.8333"), figures.onTimeShare());
    }

    @Test
    void aPeriodWhoseDossiersWereAllWithdrawnHasNoRateNotAZero() {
        Figures figures = Figures.of(2, 0, 0, 0, 0, 0, 0, 0, 2, 2);

        assertEquals(0, figures.toProcess());
        assertNull(figures.lateRate());
        assertNull(figures.onTimeRate());
        assertNull(figures.onTimeShare());
    }
}
