package org.tutela.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A request for the BAS to attend a staffing or hearing, as a child welfare professional writes it. */
public record EventData(
        @NotNull UUID caseId,
        @NotNull EventType type,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 200) String place) {
}
