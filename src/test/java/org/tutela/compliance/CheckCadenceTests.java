package org.tutela.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** C.1.5: when an obligation under monitoring next needs a compliance check, and when the BAS's home page lists it. */
class CheckCadenceTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    @Test
    void theNextCheckIsDueAMonthAfterTheLatestCheck() {
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.PARTIAL, null, null, TODAY.minusDays(10),
                TODAY.minusDays(90), TODAY.minusDays(80))).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void withoutACheckItCountsFromTheLaterOfTheOrderAndTheStartOfMonitoring() {
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.PENDING, null, null, null, TODAY.minusDays(50),
                TODAY.minusDays(20))).isEqualTo(TODAY.plusDays(10));
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.PENDING, null, null, null, TODAY.minusDays(5),
                TODAY.minusDays(20))).isEqualTo(TODAY.plusDays(25));
    }

    @Test
    void anObligationDoneOnceAndFoundMetNeedsNoMoreChecksButARecurringOneDoes() {
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.COMPLIANT, TODAY.minusDays(3), null, TODAY.minusDays(2),
                TODAY.minusDays(60), TODAY.minusDays(60))).isNull();
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.COMPLIANT, TODAY.minusDays(3), " ", TODAY.minusDays(2),
                TODAY.minusDays(60), TODAY.minusDays(60))).isNull();
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.COMPLIANT, TODAY.minusDays(3), "Weekly session",
                TODAY.minusDays(2), TODAY.minusDays(60), TODAY.minusDays(60))).isEqualTo(TODAY.plusDays(28));
        assertThat(CheckCadence.nextCheckOn(ObligationStatus.COMPLIANT, null, null, TODAY.minusDays(2),
                TODAY.minusDays(60), TODAY.minusDays(60))).as("an ongoing order without a due date")
                .isEqualTo(TODAY.plusDays(28));
    }

    @Test
    void aDueDateNeedsAttentionUntilACheckFindsTheObligationMet() {
        assertThat(CheckCadence.openDueOn(ObligationStatus.PENDING, TODAY)).isEqualTo(TODAY);
        assertThat(CheckCadence.openDueOn(ObligationStatus.NON_COMPLIANT, TODAY)).isEqualTo(TODAY);
        assertThat(CheckCadence.openDueOn(ObligationStatus.COMPLIANT, TODAY)).isNull();
        assertThat(CheckCadence.openDueOn(ObligationStatus.PENDING, null)).isNull();
    }

    @Test
    void itIsListedFromAWeekBeforeAndOverdueFromTheDayAfter() {
        assertThat(CheckCadence.soon(TODAY.plusDays(7), TODAY)).isTrue();
        assertThat(CheckCadence.soon(TODAY.plusDays(8), TODAY)).isFalse();
        assertThat(CheckCadence.soon(TODAY.minusDays(30), TODAY)).isTrue();
        assertThat(CheckCadence.soon(null, TODAY)).isFalse();
        assertThat(CheckCadence.overdue(TODAY, TODAY)).isFalse();
        assertThat(CheckCadence.overdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(CheckCadence.overdue(null, TODAY)).isFalse();
    }
}
