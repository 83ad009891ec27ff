package org.tutela.consultation;

/** How a consultation happened. */
public enum ConsultationMode {
    IN_PERSON, PHONE, VIRTUAL, STAFFING
}
