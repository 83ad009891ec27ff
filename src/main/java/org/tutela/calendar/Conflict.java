package org.tutela.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two events on the BAS's calendar that overlap in time, and the one the BAS should attend; no recommendation
 * ({@link Basis#NONE}) when neither case stands before the other.
 */
public record Conflict(Event first, Event second, UUID recommendedEventId, Basis basis) {

    /** Why one event is recommended over the other. */
    public enum Basis {
        /** its case is under batterer compliance monitoring and the other's is not (C.1.3) */
        MONITORED_CASE,
        /** neither or both cases are monitored, and only its case has an IPV maltreatment (C.1.3) */
        IPV_CASE,
        NONE
    }

    /** Every overlapping pair among the events, the earliest first, each with its recommendation. */
    public static List<Conflict> among(List<Event> events) {
        List<Event> sorted = events.stream()
                .sorted(Comparator.comparing(Event::startsAt).thenComparing(Event::endsAt)).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).startsAt().isBefore(sorted.get(i).endsAt()); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    conflicts.add(between(sorted.get(i), sorted.get(j)));
                }
            }
        }
        return conflicts;
    }

    static Conflict between(Event a, Event b) {
        // C.1.3: "When schedule conflicts arise, the BAS should prioritize staffings and hearings related to cases
        // they are monitoring for batterer compliance."
        if (a.monitoredCase() != b.monitoredCase()) {
            return new Conflict(a, b, (a.monitoredCase() ? a : b).id(), Basis.MONITORED_CASE);
        }
        // C.1.3: the BAS attends the staffings and hearings of cases with IPV maltreatments
        if (a.ipvCase() != b.ipvCase()) {
            return new Conflict(a, b, (a.ipvCase() ? a : b).id(), Basis.IPV_CASE);
        }
        return new Conflict(a, b, null, Basis.NONE);
    }

    public Optional<Event> recommended() {
        if (recommendedEventId == null) {
            return Optional.empty();
        }
        return Optional.of(first.id().equals(recommendedEventId) ? first : second);
    }

    public boolean involves(UUID eventId) {
        return first.id().equals(eventId) || second.id().equals(eventId);
    }
}
