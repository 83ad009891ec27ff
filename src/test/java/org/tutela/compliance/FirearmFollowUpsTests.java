package org.tutela.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** C.1.5: when a firearm surrender follow-up is resolved, and when it is overdue. */
class FirearmFollowUpsTests {

    static final LocalDate DUE = LocalDate.of(2026, 11, 10);

    @Test
    void aConfirmedSurrenderOrNoFirearmsClosesIt() {
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.SURRENDERED, DUE, null, null)).isTrue();
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.NO_FIREARMS_REPORTED, DUE, null, null)).isTrue();
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.NOT_SURRENDERED, DUE, null, null)).isFalse();
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.UNKNOWN, DUE, null, null)).isFalse();
        assertThat(FirearmFollowUps.resolved(null, null, null, null)).isFalse();
    }

    @Test
    void onlyTheLatestEscalationResolvedAfterTheLatestOutcomeCloses() {
        assertThat(FirearmFollowUps.resolved(null, null, true, DUE.plusDays(5))).isTrue();
        assertThat(FirearmFollowUps.resolved(null, null, false, DUE.plusDays(5))).isFalse();
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.NOT_SURRENDERED, DUE.plusDays(6), true, DUE.plusDays(5)))
                .as("a NOT_SURRENDERED after the resolution opens it again").isFalse();
        assertThat(FirearmFollowUps.resolved(FirearmOutcome.NOT_SURRENDERED, DUE.plusDays(4), true, DUE.plusDays(5)))
                .isTrue();
    }

    @Test
    void itIsOverdueFromTheDayAfterTheDueDatePlusTheGrace() {
        assertThat(FirearmFollowUps.overdueAfter(DUE, 3)).isEqualTo(DUE.plusDays(3));
        assertThat(FirearmFollowUps.overdue(DUE, 3, false, DUE.plusDays(3))).isFalse();
        assertThat(FirearmFollowUps.overdue(DUE, 3, false, DUE.plusDays(4))).isTrue();
        assertThat(FirearmFollowUps.overdue(DUE, 3, true, DUE.plusDays(40))).isFalse();
        assertThat(FirearmFollowUps.overdue(DUE, 0, false, DUE.plusDays(1))).isTrue();
    }
}
