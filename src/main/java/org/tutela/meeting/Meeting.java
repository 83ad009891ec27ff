package org.tutela.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tutela.documents.Delivery;
import org.tutela.documents.Document;

/**
 * A meeting with its attendees, files, the barriers and action items raised at it, and the open action items of
 * earlier meetings of its type carried to it; whether it was held and what its documentation (C.2.5.4) still lacks.
 */
public record Meeting(UUID id, UUID providerId, String providerName, MeetingType type, String title,
                      OffsetDateTime startsAt, int lengthMinutes, Delivery delivery, String agenda, String notes,
                      int version, List<Attendee> attendees, List<Document> documents, List<Item> items,
                      List<Item> carried, boolean held, List<Missing> missing) {

    public record Attendee(UUID id, String printedName, String title, String organization) {
    }

    /** A barrier, or an action item with its owner, due date and status, raised at meeting {@code meetingId}. */
    public record Item(UUID id, UUID meetingId, ActionItemData.Kind kind, String description, String owner,
                       LocalDate dueOn, ActionStatus status, OffsetDateTime raisedAt, UUID releaseId) {
    }

    /** C.2.5.4.3 and C.2.5.4.4: the proof of attendance its delivery calls for. */
    public enum Missing { NO_SIGN_IN_SHEET, NO_ONLINE_ROLL }
}
