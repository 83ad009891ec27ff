package org.tutela.calendar;

/**
 * Why an event's place is shown to the BAS, the calendar feed and court briefs as "to be confirmed": told only to the
 * case's workers, who may move the event (the only way a hold ends).
 */
public enum PlaceHold {
    /** The place was typed on the event before meeting places existed. */
    TYPED,
    /**
     * The place came to match the address, phone, school or workplace of someone protected in the case (a survivor
     * who moved next to the office): checked whenever the case's people change.
     */
    MATCHES_CASE,
    /** A worker took the place back (a room not booked yet), so that it is not shown until a place is chosen. */
    WITHDRAWN
}
