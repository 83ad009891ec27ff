package org.tutela.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E.1: percent to one decimal, half up; met at 90.0 or more; nothing to count is neither 0% nor 100%. */
class MeasureTests {

    @Test
    void percentIsRoundedToOneDecimalHalfUp() {
        assertThat(Measure.percent(8, 9)).isEqualByComparingTo("88.9");
        assertThat(Measure.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Measure.percent(9, 10)).isEqualByComparingTo("90.0");
        assertThat(Measure.percent(1, 8)).isEqualByComparingTo("12.5");
        // 6.25 exactly: half up gives 6.3 (half even would give 6.2)
        assertThat(Measure.percent(1, 16)).isEqualByComparingTo("6.3");
        assertThat(Measure.percent(0, 7)).isEqualByComparingTo("0.0");
        assertThat(Measure.percent(7, 7)).isEqualByComparingTo("100.0");
        assertThat(Measure.percent(1, 16).scale()).isEqualTo(1);
    }

    @Test
    void metAtNinetyAndAbove() {
        assertThat(measure(9, 10).met()).isTrue();
        assertThat(measure(9, 10).belowTarget()).isFalse();
        // 89.95% would round to 90.0 at one decimal: 1799 of 2000 is 89.95 -> 90.0, met
        assertThat(measure(1799, 2000).percent()).isEqualByComparingTo("90.0");
        assertThat(measure(1799, 2000).met()).isTrue();
        assertThat(measure(8, 9).met()).isFalse();
        assertThat(measure(8, 9).belowTarget()).isTrue();
    }

    @Test
    void anEmptyDenominatorHasNoPercentAndNoVerdict() {
        Measure empty = Measure.of(List.of());
        assertThat(empty.numerator()).isZero();
        assertThat(empty.denominator()).isZero();
        assertThat(empty.percent()).isNull();
        assertThat(empty.met()).isNull();
        assertThat(empty.belowTarget()).isFalse();
    }

    @Test
    void theTargetIsNinetyPercent() {
        assertThat(Measure.TARGET).isEqualByComparingTo(new BigDecimal("90"));
    }

    private static Measure measure(int counted, int cases) {
        List<CaseLine> lines = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            lines.add(new CaseLine(null, "T-" + i, i < counted, null, null, List.of()));
        }
        return Measure.of(lines);
    }
}
