package org.tutela.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting place as a supervisor or administrator writes it: its kind, its name (the office or courtroom, or the
 * video service) and, for an office or a courtroom, its street address. {@code status} is left out on creation.
 */
public record MeetingPlaceData(
        @NotNull PlaceKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String address,
        PlaceStatus status) {
}
