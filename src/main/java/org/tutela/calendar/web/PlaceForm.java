package org.tutela.calendar.web;

import org.tutela.calendar.MeetingPlaceData;
import org.tutela.calendar.PlaceKind;
import org.tutela.calendar.PlaceStatus;

/** The meeting place form's fields (adding a place, or changing one). */
public class PlaceForm {

    private PlaceKind kind;
    private String name;
    private String address;
    private PlaceStatus status;
    private Integer version;

    MeetingPlaceData toData() {
        return new MeetingPlaceData(kind, name, address, status);
    }

    public PlaceKind getKind() { return kind; }
    public void setKind(PlaceKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public PlaceStatus getStatus() { return status; }
    public void setStatus(PlaceStatus status) { this.status = status; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
