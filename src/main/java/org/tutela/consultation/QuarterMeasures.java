package org.tutela.consultation;

import java.time.LocalDate;

/**
 * The running E.1.1 and E.1.2 figures of a quarter: E.1.1 over the cases with a CBC or CMO consultation, the share
 * in which the BAS initiated compliance monitoring; E.1.2 over every case with a consultation, the share in which
 * a consultation guided safety actions or case plans. A rate is absent when its denominator is zero.
 */
public record QuarterMeasures(LocalDate from, LocalDate to, long monitoringCases, long monitoringYes,
                              long guidanceCases, long guidanceYes) {

    /** E.1.1 and E.1.2: the share of cases, in percent, each measure is to reach every quarter. */
    public static final double TARGET = 90.0;

    /** Whether the E.1.1 rate is known and below {@link #TARGET}. */
    public boolean monitoringBelowTarget() {
        return monitoringRate() != null && monitoringRate() < TARGET;
    }

    /** Whether the E.1.2 rate is known and below {@link #TARGET}. */
    public boolean guidanceBelowTarget() {
        return guidanceRate() != null && guidanceRate() < TARGET;
    }

    public Double monitoringRate() {
        return monitoringCases == 0 ? null : 100.0 * monitoringYes / monitoringCases;
    }

    public Double guidanceRate() {
        return guidanceCases == 0 ? null : 100.0 * guidanceYes / guidanceCases;
    }

    public static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
    }
}
