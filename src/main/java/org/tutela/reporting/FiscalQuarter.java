package org.tutela.reporting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the state fiscal year (issue 10: "quarters follow the state fiscal year"). The fiscal year starts in
 * {@code startMonth} (7, July, in Florida) and is named by the calendar year it starts in, so with July
 * {@code 2026-Q1} is 1 July to 30 September 2026 and {@code 2026-Q2} 1 October to 31 December 2026
 * (docs/adr/0011-fiscal-quarters.md).
 *
 * @param fiscalYear the calendar year in which the fiscal year starts
 * @param quarter    1 to 4
 * @param startMonth the month the fiscal year starts in, 1 to 12
 */
public record FiscalQuarter(int fiscalYear, int quarter, int startMonth) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-Q([1-4])");

    public FiscalQuarter {
        if (quarter < 1 || quarter > 4 || startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("quarter 1 to 4, start month 1 to 12");
        }
    }

    /** The quarter that holds {@code day}. */
    public static FiscalQuarter containing(LocalDate day, int startMonth) {
        int monthsIn = Math.floorMod(day.getMonthValue() - startMonth, 12);
        int fiscalYear = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return new FiscalQuarter(fiscalYear, monthsIn / 3 + 1, startMonth);
    }

    /** The quarter a name such as {@code 2026-Q2} names; empty for anything else. */
    public static Optional<FiscalQuarter> parse(String name, int startMonth) {
        Matcher m = name == null ? null : NAME.matcher(name.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FiscalQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), startMonth));
    }

    /** The quarter's first day. */
    public LocalDate from() {
        return LocalDate.of(fiscalYear, startMonth, 1).plusMonths(3L * (quarter - 1));
    }

    /** The quarter's last day. */
    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    public FiscalQuarter previous() {
        return quarter == 1 ? new FiscalQuarter(fiscalYear - 1, 4, startMonth)
                : new FiscalQuarter(fiscalYear, quarter - 1, startMonth);
    }

    public FiscalQuarter next() {
        return quarter == 4 ? new FiscalQuarter(fiscalYear + 1, 1, startMonth)
                : new FiscalQuarter(fiscalYear, quarter + 1, startMonth);
    }

    /** {@code 2026-Q2}. */
    public String name() {
        return fiscalYear + "-Q" + quarter;
    }

    @Override
    public String toString() {
        return name();
    }
}
