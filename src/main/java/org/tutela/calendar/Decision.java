package org.tutela.calendar;

/** The BAS's answer to a request. */
public enum Decision {
    ATTEND, DECLINE
}
