package org.tutela.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * After the event: whether the BAS attended, and notes on the perpetrator's accountability; {@code amendmentReason}
 * when the event's quarter has a submitted STOP BAS report.
 */
public record AttendanceData(@NotNull Boolean attended, @Size(max = 8000) String accountabilityNotes,
                             org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason) {

    public AttendanceData(Boolean attended, String accountabilityNotes) {
        this(attended, accountabilityNotes, null);
    }
}
