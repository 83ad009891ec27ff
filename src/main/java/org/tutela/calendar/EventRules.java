package org.tutela.calendar;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tutela.shared.InvalidInput.FieldError;

/** The rules of a request for the BAS, of the BAS's decision and of the attendance record (C.1.3). */
final class EventRules {

    static final Duration LONGEST = Duration.ofHours(12);
    /** How far ahead a staffing or hearing may be asked for. */
    static final int YEARS_AHEAD = 5;

    private EventRules() {
    }

    /** A request names an event still to come, ending after it starts, no longer than a working day. */
    static List<FieldError> request(EventData e, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (e.startsAt() != null && !e.startsAt().isAfter(now)) {
            errors.add(new FieldError("startsAt", "invalid.event.past"));
        } else if (e.startsAt() != null && e.startsAt().isAfter(now.plusYears(YEARS_AHEAD))) {
            errors.add(new FieldError("startsAt", "invalid.event.tooFar", YEARS_AHEAD));
        }
        if (e.startsAt() != null && e.endsAt() != null) {
            if (!e.endsAt().isAfter(e.startsAt())) {
                errors.add(new FieldError("endsAt", "invalid.event.endBeforeStart"));
            } else if (Duration.between(e.startsAt(), e.endsAt()).compareTo(LONGEST) > 0) {
                errors.add(new FieldError("endsAt", "invalid.event.tooLong", LONGEST.toHours()));
            }
        }
        return errors;
    }

    /** The BAS decides before the event starts; declining needs a reason. */
    static List<FieldError> decision(Event event, DecisionData d, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (!event.startsAt().isAfter(now)) {
            errors.add(new FieldError("decision", "invalid.event.begun"));
        }
        if (d.decision() == Decision.DECLINE && (d.reason() == null || d.reason().isBlank())) {
            errors.add(new FieldError("reason", "invalid.event.declineReason"));
        }
        return errors;
    }

    /** Attendance is recorded once the event is over; attending comes with notes on the perpetrator's accountability. */
    static List<FieldError> attendance(Event event, AttendanceData a, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (event.endsAt().isAfter(now)) {
            errors.add(new FieldError("attended", "invalid.event.notOver"));
        }
        if (Boolean.TRUE.equals(a.attended())
                && (a.accountabilityNotes() == null || a.accountabilityNotes().isBlank())) {
            errors.add(new FieldError("accountabilityNotes", "invalid.event.accountabilityNotes"));
        }
        return errors;
    }
}
