package org.tutela.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** After the event: whether the BAS attended, and notes on the perpetrator's accountability. */
public record AttendanceData(@NotNull Boolean attended, @Size(max = 8000) String accountabilityNotes) {
}
