package org.tutela.calendar;

import java.util.UUID;

/** An office, courtroom or video link of a region where staffings and hearings take place. */
public record MeetingPlace(UUID id, UUID regionId, PlaceKind kind, String name, String address, PlaceStatus status,
                           int version) {

    /** The place as written on a calendar: its name, then its address. */
    public String label() {
        return address == null ? name : name + ", " + address;
    }
}
