package org.tutela.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Which events to list; every part is optional. {@code from}: not over before; {@code to}: starting before. */
public record EventFilter(UUID caseId, EventStatus status, OffsetDateTime from, OffsetDateTime to) {

    public static EventFilter forCase(UUID caseId) {
        return new EventFilter(caseId, null, null, null);
    }
}
