package org.tutela.calendar;

/**
 * A meeting place's state: offered for new events, retired (kept for the events already there), or unreviewed (made
 * from an event's former free-text place, withheld from the BAS and feeds until a supervisor confirms it).
 */
public enum PlaceStatus {
    ACTIVE, RETIRED, UNREVIEWED
}
