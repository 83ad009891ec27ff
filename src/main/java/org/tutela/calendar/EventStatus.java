package org.tutela.calendar;

/** Where a request for the BAS stands: decided before the event, attendance recorded after it. */
public enum EventStatus {
    REQUESTED, ATTENDING, DECLINED, ATTENDED, NOT_ATTENDED
}
