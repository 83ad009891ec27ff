package org.tutela.shared;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The state fiscal year the contract's quarters follow: it starts in {@code tutela.reporting.fiscal-year-start-month}
 * (1 to 12; default 7, July, Florida's). Reports and the meetings' cadence count by its quarters.
 */
@Component
public class FiscalYear {

    private final int startMonth;

    FiscalYear(@Value("${tutela.reporting.fiscal-year-start-month:7}") int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("tutela.reporting.fiscal-year-start-month must be 1 to 12");
        }
        this.startMonth = startMonth;
    }

    public int startMonth() {
        return startMonth;
    }

    /** The quarter that holds the day. */
    public FiscalQuarter quarterOf(LocalDate day) {
        return FiscalQuarter.containing(day, startMonth);
    }

    /** The quarter of today, in the agency's time zone. */
    public FiscalQuarter current() {
        return quarterOf(AgencyTime.today());
    }

    /** The quarter named {@code 2026-Q2}, within the years Tutela stores; empty otherwise. */
    public Optional<FiscalQuarter> parse(String name) {
        return FiscalQuarter.parse(name, startMonth).filter(q -> InputValidation.plausibleYear(q.from().getYear())
                && InputValidation.plausibleYear(q.to().getYear()));
    }
}
