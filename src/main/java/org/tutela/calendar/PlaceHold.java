package org.tutela.calendar;

/**
 * Why an event's place is shown to the BAS, the calendar feed and court briefs as "to be confirmed": told only to the
 * case's workers, who may move the event.
 */
public enum PlaceHold {
    /** The place was typed before meeting places existed and no supervisor has reviewed it yet. */
    UNREVIEWED,
    /** The place's name or address matches the contact details of someone protected in the case. */
    MATCHES_CASE
}
