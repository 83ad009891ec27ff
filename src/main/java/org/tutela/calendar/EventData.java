package org.tutela.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request for the BAS to attend a staffing or hearing, as a child welfare professional writes it: the place is one
 * of the region's meeting places, never a free text.
 */
public record EventData(
        @NotNull UUID caseId,
        @NotNull EventType type,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull UUID placeId) {
}
