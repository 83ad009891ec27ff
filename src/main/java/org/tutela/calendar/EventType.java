package org.tutela.calendar;

/** The events a child welfare professional may ask the BAS to attend (C.1.3). */
public enum EventType {
    /** a formal meeting with DCF CPIs and community partners to coordinate services (CFOP 170-1, 12-4) */
    CASE_STAFFING,
    /** the handover of a case from investigation to case management */
    CASE_TRANSFER_STAFFING,
    DEPENDENCY_HEARING,
    OTHER_HEARING
}
