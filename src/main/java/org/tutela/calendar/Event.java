package org.tutela.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A staffing or hearing as read back, with what the calendar orders and recommends by: whether the case has an
 * IPV maltreatment and whether its perpetrator is under compliance monitoring.
 */
public record Event(UUID id, UUID caseId, String caseNumber, EventType type, OffsetDateTime startsAt,
                    OffsetDateTime endsAt, String place, UUID requestedById, String requestedByName,
                    OffsetDateTime requestedAt, EventStatus status, UUID basUserId, String basName,
                    String decisionReason, OffsetDateTime decidedAt, Boolean attended, String accountabilityNotes,
                    OffsetDateTime attendanceRecordedAt, boolean ipvCase, boolean monitoredCase, int version) {

    public boolean overlaps(Event other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
