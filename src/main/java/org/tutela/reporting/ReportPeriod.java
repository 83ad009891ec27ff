package org.tutela.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;

/**
 * The days a report counts, both included: a fiscal quarter ({@code quarter} names it) or any range of at most
 * {@link #MAX_YEARS} years.
 */
public record ReportPeriod(LocalDate from, LocalDate to, FiscalQuarter quarter) {

    /** The longest range a report covers: a fiscal year and more, not a history that would take long to read. */
    public static final int MAX_YEARS = 2;

    public static ReportPeriod of(FiscalQuarter quarter) {
        return new ReportPeriod(quarter.from(), quarter.to(), quarter);
    }

    /**
     * The period a request names: {@code from} and {@code to} (ISO dates) when either is given, else {@code quarter}
     * ({@code 2026-Q2}), else the fiscal quarter that holds {@code today}. What cannot be read or breaks a rule is an
     * {@link InvalidInput} naming the field: both a quarter and dates, a date missing or unreadable, {@code to} before
     * {@code from}, a range over {@link #MAX_YEARS} years, a year outside what Tutela stores.
     */
    public static ReportPeriod parse(String quarter, String from, String to, int startMonth, LocalDate today) {
        boolean range = present(from) || present(to);
        if (!range) {
            if (!present(quarter)) {
                return of(FiscalQuarter.containing(today, startMonth));
            }
            FiscalQuarter q = FiscalQuarter.parse(quarter, startMonth)
                    .filter(f -> InputValidation.plausibleYear(f.from().getYear()) && InputValidation.plausibleYear(f.to().getYear()))
                    .orElseThrow(() -> new InvalidInput("quarter", "invalid.report.quarter"));
            return of(q);
        }
        if (present(quarter)) {
            throw new InvalidInput("quarter", "invalid.report.quarterOrDates");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "invalid.report.toBeforeFrom");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new InvalidInput("to", "invalid.report.tooLong", MAX_YEARS);
        }
        FiscalQuarter same = FiscalQuarter.containing(start, startMonth);
        return new ReportPeriod(start, end, same.from().equals(start) && same.to().equals(end) ? same : null);
    }

    private static LocalDate day(String field, String value, List<InvalidInput.FieldError> errors) {
        if (!present(value)) {
            errors.add(new InvalidInput.FieldError(field, "invalid.report.dateMissing"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (!InputValidation.plausibleYear(day.getYear())) {
                errors.add(new InvalidInput.FieldError(field, InputValidation.DATE_RANGE));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInput.FieldError(field, "invalid.report.date"));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
