package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One performance measure of E.1 (the unit is the case): how many cases of the denominator count, the percent to
 * one decimal rounded half up, and whether it meets {@link #TARGET}. An empty denominator has neither percent nor
 * "met": it reads "no consultations", never 0% nor 100%.
 *
 * @param cases every case of the denominator, counted or not, with the reasons when not (the drill-down); null when
 *              not asked for (the API's default: a busy quarter's two lists are 57,000 lines), and then absent
 */
public record Measure(long numerator, long denominator, BigDecimal percent, Boolean met,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<CaseLine> cases) {

    /** E.1.1 and E.1.2: the share of cases, in percent, each measure is to reach every quarter. */
    public static final BigDecimal TARGET = new BigDecimal("90.0");

    /** The measure of {@code cases}, in the order given. */
    static Measure of(List<CaseLine> cases) {
        long numerator = cases.stream().filter(CaseLine::counted).count();
        BigDecimal percent = percent(numerator, cases.size());
        return new Measure(numerator, cases.size(), percent, percent == null ? null : percent.compareTo(TARGET) >= 0,
                List.copyOf(cases));
    }

    /** The figures alone, without the cases (null: not listed). */
    static Measure counted(long numerator, long denominator) {
        BigDecimal percent = percent(numerator, denominator);
        return new Measure(numerator, denominator, percent, percent == null ? null : percent.compareTo(TARGET) >= 0,
                null);
    }

    /** {@code numerator / denominator} in percent, to one decimal, half up (1/16 is 6.3); null when nothing counts. */
    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** Whether the percent is known and below the target (a flag on the page). */
    @JsonIgnore
    public boolean belowTarget() {
        return Boolean.FALSE.equals(met);
    }

    /** The same figures without the drill-down (the home page's). */
    Measure withoutCases() {
        return new Measure(numerator, denominator, percent, met, List.of());
    }
}
