package org.tutela.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The BAS attends or declines, with a reason (required to decline). */
public record DecisionData(@NotNull Decision decision, @Size(max = 1000) String reason) {
}
