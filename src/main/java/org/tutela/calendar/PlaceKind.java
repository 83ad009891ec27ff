package org.tutela.calendar;

/** What a meeting place is: an office, a courtroom or a video link. */
public enum PlaceKind {
    OFFICE, COURTROOM, VIDEO_LINK;

    /** Offices and courtrooms have a street address; a video link has none. */
    public boolean hasAddress() {
        return this != VIDEO_LINK;
    }
}
