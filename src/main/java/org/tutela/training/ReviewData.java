package org.tutela.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The contract manager's review of a training's materials: approved, or returned with a comment saying why. */
public record ReviewData(@NotNull Decision decision, @Size(max = 4000) String comment) {

    public enum Decision { APPROVED, RETURNED }
}
