package org.tutela.calendar;

/**
 * A meeting place's state: offered for new events, or retired (kept for the events already there). A TYPED place is
 * an event's former free-text place, kept with its one case: never listed, seen only by that case's workers, and
 * shown to the BAS and the feeds as "to be confirmed" until the event is moved to a place of the list.
 */
public enum PlaceStatus {
    ACTIVE, RETIRED, TYPED
}
