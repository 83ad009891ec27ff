package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Fiscal quarters named by the calendar year their fiscal year starts in (docs/adr/0011-fiscal-quarters.md). */
class FiscalQuarterTests {

    static final int JULY = 7;

    @Test
    void withJulyTheFirstQuarterIsJulyToSeptemberOfTheYearItStarts() {
        FiscalQuarter q1 = FiscalQuarter.parse("2026-Q1", JULY).orElseThrow();
        assertThat(q1.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        FiscalQuarter q2 = FiscalQuarter.parse("2026-Q2", JULY).orElseThrow();
        assertThat(q2.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q2.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        // the third and fourth quarters fall in the next calendar year
        FiscalQuarter q3 = FiscalQuarter.parse("2026-Q3", JULY).orElseThrow();
        assertThat(q3.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2027, 3, 31));
        FiscalQuarter q4 = FiscalQuarter.parse("2026-Q4", JULY).orElseThrow();
        assertThat(q4.from()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aDayIsInTheQuarterThatHoldsIt() {
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 12, 3), JULY).name()).isEqualTo("2026-Q2");
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 7, 1), JULY).name()).isEqualTo("2026-Q1");
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 6, 30), JULY).name()).isEqualTo("2025-Q4");
        assertThat(FiscalQuarter.containing(LocalDate.of(2027, 2, 28), JULY).name()).isEqualTo("2026-Q3");
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 9, 30), JULY).name()).isEqualTo("2026-Q1");
    }

    @Test
    void anotherStartMonthMovesTheQuarters() {
        // January: the calendar year's quarters
        assertThat(FiscalQuarter.containing(LocalDate.of(2026, 12, 3), 1).name()).isEqualTo("2026-Q4");
        assertThat(FiscalQuarter.parse("2026-Q1", 1).orElseThrow().to()).isEqualTo(LocalDate.of(2026, 3, 31));
        // October (the federal fiscal year): 2026-Q1 is October to December 2026
        FiscalQuarter october = FiscalQuarter.containing(LocalDate.of(2026, 12, 3), 10);
        assertThat(october.name()).isEqualTo("2026-Q1");
        assertThat(october.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(FiscalQuarter.containing(LocalDate.of(2027, 9, 30), 10).name()).isEqualTo("2026-Q4");
    }

    @Test
    void previousAndNextCrossFiscalYears() {
        FiscalQuarter q1 = new FiscalQuarter(2026, 1, JULY);
        assertThat(q1.previous().name()).isEqualTo("2025-Q4");
        assertThat(q1.previous().to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q1.previous().next()).isEqualTo(q1);
        assertThat(new FiscalQuarter(2026, 4, JULY).next().name()).isEqualTo("2027-Q1");
    }

    @Test
    void onlyAYearAndQuarterOneToFourIsAName() {
        assertThat(FiscalQuarter.parse("2026-Q5", JULY)).isEmpty();
        assertThat(FiscalQuarter.parse("2026-Q0", JULY)).isEmpty();
        assertThat(FiscalQuarter.parse("2026Q2", JULY)).isEmpty();
        assertThat(FiscalQuarter.parse("26-Q2", JULY)).isEmpty();
        assertThat(FiscalQuarter.parse("", JULY)).isEmpty();
        assertThat(FiscalQuarter.parse(null, JULY)).isEmpty();
        assertThat(FiscalQuarter.parse(" 2026-Q2 ", JULY)).contains(new FiscalQuarter(2026, 2, JULY));
    }
}
