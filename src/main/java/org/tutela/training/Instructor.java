package org.tutela.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One who teaches a training, with their title or position (C.2.5.4.1); a BIP co-facilitator may be one (C.1.2). An
 * absent {@code bipCoFacilitator} is false.
 */
public record Instructor(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 120) String title,
                         Boolean bipCoFacilitator) {

    public Instructor {
        bipCoFacilitator = Boolean.TRUE.equals(bipCoFacilitator);
    }
}
