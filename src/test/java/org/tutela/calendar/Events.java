package org.tutela.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Synthetic events for unit tests. */
final class Events {

    static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 0, 0, 0, 0, ZoneOffset.ofHours(-5));

    private Events() {
    }

    /** An open request from {@code fromHour} to {@code toHour} on {@link #MONDAY}. */
    static Event at(int fromHour, int toHour, boolean monitored, boolean ipv) {
        return event(MONDAY.plusHours(fromHour), MONDAY.plusHours(toHour), monitored, ipv, EventStatus.REQUESTED);
    }

    static Event event(OffsetDateTime start, OffsetDateTime end, boolean monitored, boolean ipv, EventStatus status) {
        return new Event(UUID.randomUUID(), UUID.randomUUID(), "T-" + start.getHour(), EventType.CASE_STAFFING, start,
                end, UUID.randomUUID(), "DCF office, room 2", true, null, UUID.randomUUID(), "Pat Worker", start.minusDays(3),
                status, null, null, null, null, null, null, null, null, ipv, monitored, 0);
    }
}
