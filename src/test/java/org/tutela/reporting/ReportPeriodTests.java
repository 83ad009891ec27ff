package org.tutela.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tutela.shared.InvalidInput;

/** The period a request names, and each refusal naming its field. */
class ReportPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void nothingNamedIsTheCurrentFiscalQuarter() {
        ReportPeriod p = ReportPeriod.parse(null, null, null, 7, TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(p.quarter().name()).isEqualTo("2026-Q2");
    }

    @Test
    void aQuarterOrARange() {
        assertThat(ReportPeriod.parse("2024-Q3", null, " ", 7, TODAY).from()).isEqualTo(LocalDate.of(2025, 1, 1));
        ReportPeriod range = ReportPeriod.parse("", "2026-08-01", "2026-08-31", 7, TODAY);
        assertThat(range.quarter()).isNull();
        assertThat(range.to()).isEqualTo(LocalDate.of(2026, 8, 31));
        // a range that is exactly a quarter is that quarter
        assertThat(ReportPeriod.parse(null, "2026-07-01", "2026-09-30", 7, TODAY).quarter().name()).isEqualTo("2026-Q1");
        assertThat(ReportPeriod.parse(null, "2026-07-01", "2026-07-01", 7, TODAY).to()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void badParametersNameTheirField() {
        assertRefused("2026-Q9", null, null, "quarter", "invalid.report.quarter");
        assertRefused("0001-Q1", null, null, "quarter", "invalid.report.quarter");
        assertRefused("2026-Q2", "2026-10-01", "2026-10-31", "quarter", "invalid.report.quarterOrDates");
        assertRefused(null, "2026-13-01", "2026-12-31", "from", "invalid.report.date");
        assertRefused(null, "2026-10-01", null, "to", "invalid.report.dateMissing");
        assertRefused(null, "2026-10-31", "2026-10-01", "to", "invalid.report.toBeforeFrom");
        assertRefused(null, "2024-01-01", "2026-01-02", "to", "invalid.report.tooLong");
        assertRefused(null, "1800-01-01", "1800-02-01", "from", "invalid.dateRange");
        // two years exactly is allowed
        assertThat(ReportPeriod.parse(null, "2024-01-01", "2026-01-01", 7, TODAY).to()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    private static void assertRefused(String quarter, String from, String to, String field, String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(quarter, from, to, 7, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo(field);
                    assertThat(e.errors().get(0).code()).isEqualTo(code);
                });
    }
}
