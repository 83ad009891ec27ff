package org.tutela.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tutela.shared.InvalidInput;

/** The rules of a request for the BAS, of the BAS's answer and of the attendance record (C.1.3). */
class EventRulesTests {

    static final OffsetDateTime NOW = Events.MONDAY.minusDays(1);

    private static List<String> fields(List<InvalidInput.FieldError> errors) {
        return errors.stream().map(InvalidInput.FieldError::field).toList();
    }

    private static EventData request(OffsetDateTime start, OffsetDateTime end) {
        return new EventData(UUID.randomUUID(), EventType.DEPENDENCY_HEARING, start, end, UUID.randomUUID());
    }

    @Test
    void aRequestIsForAnEventToComeThatEndsAfterItStarts() {
        assertThat(EventRules.request(request(Events.MONDAY.plusHours(9), Events.MONDAY.plusHours(10)), NOW)).isEmpty();
        assertThat(fields(EventRules.request(request(NOW.minusHours(1), NOW.plusHours(1)), NOW)))
                .containsExactly("startsAt");
        assertThat(fields(EventRules.request(request(Events.MONDAY.plusHours(9), Events.MONDAY.plusHours(9)), NOW)))
                .containsExactly("endsAt");
        assertThat(fields(EventRules.request(request(Events.MONDAY, Events.MONDAY.plusHours(13)), NOW)))
                .containsExactly("endsAt");
        assertThat(EventRules.request(request(null, null), NOW)).isEmpty(); // left to the field checks
    }

    @Test
    void theBasDecidesBeforeTheEventAndGivesAReasonToDecline() {
        Event event = Events.at(9, 10, false, true);
        assertThat(EventRules.decision(event, new DecisionData(Decision.ATTEND, null), NOW)).isEmpty();
        assertThat(fields(EventRules.decision(event, new DecisionData(Decision.DECLINE, " "), NOW)))
                .containsExactly("reason");
        assertThat(EventRules.decision(event, new DecisionData(Decision.DECLINE, "Another hearing"), NOW)).isEmpty();
        assertThat(fields(EventRules.decision(event, new DecisionData(Decision.ATTEND, null),
                Events.MONDAY.plusHours(9)))).containsExactly("decision");
    }

    @Test
    void attendanceIsRecordedAfterTheEventWithAccountabilityNotesWhenAttended() {
        Event event = Events.at(9, 10, false, true);
        OffsetDateTime after = Events.MONDAY.plusHours(10);
        assertThat(EventRules.attendance(event, new AttendanceData(true, "Acknowledged the injunction."), after))
                .isEmpty();
        assertThat(EventRules.attendance(event, new AttendanceData(false, null), after)).isEmpty();
        assertThat(fields(EventRules.attendance(event, new AttendanceData(true, ""), after)))
                .containsExactly("accountabilityNotes");
        assertThat(fields(EventRules.attendance(event, new AttendanceData(false, null), Events.MONDAY.plusHours(9))))
                .containsExactly("attended");
    }
}
