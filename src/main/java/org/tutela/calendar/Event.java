package org.tutela.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A staffing or hearing as read back, with what the calendar orders and recommends by: whether the case has an
 * IPV maltreatment and whether its perpetrator is under compliance monitoring. {@code place} is what this reader
 * may see: the meeting place for the case's workers; for the BAS only a confirmed place ({@code placeConfirmed}),
 * else nothing ("to be confirmed"); {@code placeHold} tells the case's workers why (null for everyone else).
 * {@code previousBasName} names the BAS whose decision another BAS of the region
 * replaced.
 */
public record Event(UUID id, UUID caseId, String caseNumber, EventType type, OffsetDateTime startsAt,
                    OffsetDateTime endsAt, UUID placeId, String place, boolean placeConfirmed, PlaceHold placeHold,
                    UUID requestedById, String requestedByName,
                    OffsetDateTime requestedAt, EventStatus status, UUID basUserId, String basName,
                    String previousBasName,
                    String decisionReason, OffsetDateTime decidedAt, Boolean attended, String accountabilityNotes,
                    OffsetDateTime attendanceRecordedAt, boolean ipvCase, boolean monitoredCase, int version) {

    public boolean overlaps(Event other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
