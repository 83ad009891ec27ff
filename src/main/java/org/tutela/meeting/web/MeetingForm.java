package org.tutela.meeting.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.tutela.documents.Delivery;
import org.tutela.meeting.Meeting;
import org.tutela.meeting.MeetingData;
import org.tutela.meeting.MeetingType;
import org.tutela.shared.AgencyTime;

/** The meeting form's fields; the time is a wall-clock time of the agency's zone. */
public class MeetingForm {

    private MeetingType type;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    private Integer lengthMinutes;
    private Delivery delivery;
    private String agenda;
    private String notes;
    private Integer version;
    private org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason;

    static MeetingForm of(Meeting m) {
        MeetingForm f = new MeetingForm();
        f.type = m.type();
        f.title = m.title();
        f.startsAt = m.startsAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDateTime();
        f.lengthMinutes = m.lengthMinutes();
        f.delivery = m.delivery();
        f.agenda = m.agenda();
        f.notes = m.notes();
        f.version = m.version();
        return f;
    }

    MeetingData toData() {
        return new MeetingData(type, title, startsAt == null ? null : startsAt.atZone(AgencyTime.ZONE).toOffsetDateTime(),
                lengthMinutes, delivery, agenda, notes, amendmentReason);
    }

    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public Integer getLengthMinutes() { return lengthMinutes; }
    public void setLengthMinutes(Integer lengthMinutes) { this.lengthMinutes = lengthMinutes; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public org.tutela.shared.SubmittedPeriods.AmendmentReason getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason) { this.amendmentReason = amendmentReason; }
}
