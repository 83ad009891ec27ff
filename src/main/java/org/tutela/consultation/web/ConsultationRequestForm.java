package org.tutela.consultation.web;

import org.tutela.consultation.ConsultationReason;
import org.tutela.consultation.ConsultationRequestData;

/** The fields of the form that asks the BAS for a consultation. */
public class ConsultationRequestForm {

    private ConsultationReason reason;
    private String note;

    ConsultationRequestData toData() {
        return new ConsultationRequestData(reason, note);
    }

    public ConsultationReason getReason() { return reason; }
    public void setReason(ConsultationReason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
