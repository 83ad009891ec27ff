package org.tutela.calendar;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.access.CaseAccess;
import org.tutela.access.ContactGuard;
import org.tutela.access.ContactMatcher;
import org.tutela.audit.AuditTrail;
import org.tutela.caseload.ContactDetailsChanged;
import org.tutela.shared.InvalidInput;

/**
 * Where a staffing or hearing of a case may take place, and whether its place may be shown outside the case (to the
 * BAS, in the ICS feed, in a court brief). The first line is structural: an event names one of the region's meeting
 * places, never a free text, and a place's name and address no longer change once an event uses it. The second is the
 * {@link ContactMatcher}: a place whose name or address carries a protected contact value of someone in the case (a
 * survivor living above the office, a shelter used as a meeting room) is refused for a new event, and an existing
 * event's place is held back from the BAS and the feeds when the case's people change so that it matches. A hold is
 * never lifted but by moving the event, and workers may also withdraw a place themselves, so that "to be confirmed"
 * does not single out a survivor's move.
 */
@Component
class EventPlaces {

    /** A street address: a number, then the street's name ("800 Justice Way"). */
    private static final java.util.regex.Pattern STREET_ADDRESS = java.util.regex.Pattern.compile(
            "\\b\\d+[A-Za-z]?\\s+\\p{L}");

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;

    EventPlaces(JdbcClient jdbc, CaseAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Refuses a place that a new or moved event of this case may not take place at: one that is not an active
     * meeting place of the case's region, or that carries a protected contact value of someone in the case. The
     * requester sees the case's protected values, so naming what matched tells them nothing new.
     */
    void requireUsable(UUID caseId, UUID placeId) {
        if (placeId == null) {
            throw new InvalidInput("placeId", "invalid.place.choose");
        }
        record Place(String name, String address, String status) {
        }
        Place place = jdbc.sql("""
                SELECT p.name, p.address, p.status
                FROM meeting_place p JOIN case_file c ON c.region_id = p.region_id
                WHERE p.id = ? AND c.id = ?""").params(placeId, caseId)
                .query((rs, n) -> new Place(rs.getString("name"), rs.getString("address"), rs.getString("status")))
                .optional()
                .orElseThrow(() -> new InvalidInput("placeId", "invalid.place.region"));
        if (!PlaceStatus.ACTIVE.name().equals(place.status())) { // retired, or typed on a case before the list
            throw new InvalidInput("placeId", "invalid.place.retired");
        }
        Set<ContactMatcher.Kind> found = disclosing(access.contactGuard(caseId), place.name(), place.address());
        if (!found.isEmpty()) {
            throw new InvalidInput("placeId", "invalid.place.disclosing", ContactMatcher.describe(found));
        }
    }

    @EventListener
    void on(ContactDetailsChanged changed) {
        recheckCase(changed.caseId());
    }

    /**
     * Checks again the places of a case's events not yet begun that the BAS can still see, after its people's roles
     * or contact values changed: one that now matches is held back. Nothing is released here (a release would tell
     * the BAS that someone moved away), and an event that has begun keeps what the BAS saw (a place it went to that
     * turned into "to be confirmed" could mean nothing else than a family's move).
     */
    void recheckCase(UUID caseId) {
        ContactGuard guard = access.contactGuard(caseId);
        List<EventAt> shown = jdbc.sql("""
                SELECT e.id, p.name, p.address FROM event e JOIN meeting_place p ON p.id = e.place_id
                WHERE e.case_id = ? AND e.starts_at > now() AND e.place_hold IS NULL AND p.status <> 'TYPED'""")
                .param(caseId)
                .query((rs, n) -> new EventAt(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("address")))
                .list();
        for (EventAt e : shown) {
            if (!disclosing(guard, e.name(), e.address()).isEmpty()) {
                hold(e.id(), PlaceHold.MATCHES_CASE);
            }
        }
    }

    private record EventAt(UUID id, String name, String address) {
    }

    /** Withholds an event's place; the version moves so that calendar apps fetch the new place. */
    void hold(UUID eventId, PlaceHold why) {
        int held = jdbc.sql("""
                UPDATE event SET place_hold = ?, version = version + 1, updated_at = now()
                WHERE id = ? AND place_hold IS NULL""").params(why.name(), eventId).update();
        if (held > 0) {
            audit.record("UPDATE", "EVENT", eventId);
        }
    }

    /**
     * What a place's name and address carry of the case's protected contact values. An office's street address
     * shares its ZIP code with thousands of families, so a ZIP code there does not count; anywhere else (a name, or
     * an "address" that is only a town and a ZIP code) it does.
     */
    private static Set<ContactMatcher.Kind> disclosing(ContactGuard guard, String name, String address) {
        Set<ContactMatcher.Kind> found = EnumSet.noneOf(ContactMatcher.Kind.class);
        found.addAll(guard.find(name));
        Set<ContactMatcher.Kind> inAddress = EnumSet.noneOf(ContactMatcher.Kind.class);
        inAddress.addAll(guard.find(address));
        if (address != null && STREET_ADDRESS.matcher(address).find()) {
            inAddress.remove(ContactMatcher.Kind.POSTAL_CODE);
        }
        found.addAll(inAddress);
        return found;
    }
}
