package org.tutela.calendar.web;

import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.calendar.EventData;
import org.tutela.calendar.EventType;
import org.tutela.shared.AgencyTime;

/** The "Request the BAS" form's fields; times are wall-clock times of the agency's zone ({@link AgencyTime#ZONE}). */
public class EventForm {

    private EventType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;
    private UUID placeId;

    EventData toData(UUID caseId) {
        return new EventData(caseId, type,
                startsAt == null ? null : startsAt.atZone(AgencyTime.ZONE).toOffsetDateTime(),
                endsAt == null ? null : endsAt.atZone(AgencyTime.ZONE).toOffsetDateTime(), placeId);
    }

    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public UUID getPlaceId() { return placeId; }
    public void setPlaceId(UUID placeId) { this.placeId = placeId; }
}
