package org.tutela.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** C.1.3: overlapping events are flagged, and the one whose case is monitored for batterer compliance comes first. */
class ConflictTests {

    @Test
    void theEventOfTheMonitoredCaseIsRecommended() {
        Event staffing = Events.at(9, 11, false, true);
        Event hearing = Events.at(10, 12, true, true);
        List<Conflict> conflicts = Conflict.among(List.of(hearing, staffing));
        assertThat(conflicts).hasSize(1);
        Conflict c = conflicts.get(0);
        assertThat(c.first()).isEqualTo(staffing);
        assertThat(c.second()).isEqualTo(hearing);
        assertThat(c.recommendedEventId()).isEqualTo(hearing.id());
        assertThat(c.recommended()).contains(hearing);
        assertThat(c.basis()).isEqualTo(Conflict.Basis.MONITORED_CASE);
    }

    @Test
    void monitoringOutranksAnIpvMaltreatment() {
        Event ipvOnly = Events.at(9, 11, false, true);
        Event monitoredOnly = Events.at(9, 10, true, false);
        Conflict c = Conflict.among(List.of(ipvOnly, monitoredOnly)).get(0);
        assertThat(c.recommendedEventId()).isEqualTo(monitoredOnly.id());
        assertThat(c.basis()).isEqualTo(Conflict.Basis.MONITORED_CASE);
    }

    @Test
    void whenBothOrNeitherAreMonitoredTheIpvCaseIsRecommended() {
        Event ipv = Events.at(9, 11, true, true);
        Event other = Events.at(10, 11, true, false);
        Conflict c = Conflict.among(List.of(ipv, other)).get(0);
        assertThat(c.recommendedEventId()).isEqualTo(ipv.id());
        assertThat(c.basis()).isEqualTo(Conflict.Basis.IPV_CASE);
    }

    @Test
    void whenNeitherStandsFirstNothingIsRecommended() {
        Conflict c = Conflict.among(List.of(Events.at(9, 11, true, true), Events.at(10, 12, true, true))).get(0);
        assertThat(c.recommendedEventId()).isNull();
        assertThat(c.recommended()).isEmpty();
        assertThat(c.basis()).isEqualTo(Conflict.Basis.NONE);
    }

    @Test
    void eventsThatOnlyTouchDoNotConflict() {
        assertThat(Conflict.among(List.of(Events.at(9, 10, true, true), Events.at(10, 11, false, false)))).isEmpty();
        assertThat(Conflict.among(List.of(Events.at(9, 10, true, true)))).isEmpty();
        assertThat(Conflict.among(List.of())).isEmpty();
    }

    @Test
    void everyOverlappingPairIsFlaggedOnce() {
        Event long1 = Events.at(8, 13, false, false);
        Event a = Events.at(9, 10, false, false);
        Event b = Events.at(11, 12, true, false);
        Event later = Events.at(14, 15, true, true);
        List<Conflict> conflicts = Conflict.among(List.of(later, b, a, long1));
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts).allMatch(c -> c.involves(long1.id()));
        assertThat(conflicts).noneMatch(c -> c.involves(later.id()));
        assertThat(conflicts.get(1).recommendedEventId()).isEqualTo(b.id());
    }
}
