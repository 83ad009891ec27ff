package org.tutela.compliance;

import java.time.LocalDate;

/**
 * When an obligation under monitoring next needs the BAS's attention (C.1.5: the BAS monitors the perpetrator's
 * compliance with each obligation for as long as monitoring runs), the one rule the BAS's home page lists by:
 * <ul>
 *   <li>its due date, until a check finds it met;</li>
 *   <li>a compliance check at least every {@link #CHECK_INTERVAL_DAYS} days, counted from the latest check, or from
 *       the later of the order and the start of monitoring while there is none; an obligation done once (it has a
 *       due date, no recurrence) and found met needs no more checks.</li>
 * </ul>
 * Either is listed from {@link #NOTICE_DAYS} days before it falls due, and is overdue from the day after.
 */
public final class CheckCadence {

    /** The longest time between two compliance checks of an obligation: the monthly cadence of BIP reports. */
    public static final int CHECK_INTERVAL_DAYS = 30;

    /** How far ahead the home page lists what falls due: this week. */
    public static final int NOTICE_DAYS = 7;

    private CheckCadence() {
    }

    /** The day the next compliance check is due, or null when none is (a one-time obligation found met). */
    public static LocalDate nextCheckOn(ObligationStatus status, LocalDate dueOn, String recurrence,
                                        LocalDate lastCheckedOn, LocalDate orderedOn, LocalDate monitoredSince) {
        if (status == ObligationStatus.COMPLIANT && dueOn != null && (recurrence == null || recurrence.isBlank())) {
            return null;
        }
        LocalDate from = lastCheckedOn != null ? lastCheckedOn
                : orderedOn.isAfter(monitoredSince) ? orderedOn : monitoredSince;
        return from.plusDays(CHECK_INTERVAL_DAYS);
    }

    /** The due date that still needs attention: the obligation's, until a check finds it met. */
    public static LocalDate openDueOn(ObligationStatus status, LocalDate dueOn) {
        return status == ObligationStatus.COMPLIANT ? null : dueOn;
    }

    /** Whether a day falls due within the notice period (or has passed). */
    public static boolean soon(LocalDate day, LocalDate today) {
        return day != null && !day.isAfter(today.plusDays(NOTICE_DAYS));
    }

    public static boolean overdue(LocalDate day, LocalDate today) {
        return day != null && day.isBefore(today);
    }
}
