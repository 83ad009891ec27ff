package org.tutela.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The required meetings of a period (a fiscal quarter) against those held: one slot per week for the weekly meeting
 * (C.1.6.1; the weeks whose Monday is in the period, Monday to Sunday), one per quarter for the calls and the leadership meeting (C.1.6.2, C.1.6.3), and a count of the CCR, SART
 * and MDT meetings (C.1.6.4, no number required). A warning names each requirement still unmet when the period
 * closes within {@link #WARN_DAYS} days.
 */
public record Cadence(LocalDate from, LocalDate to, List<Requirement> requirements, List<MeetingType> atRisk) {

    public static final int WARN_DAYS = 30;

    /** HELD, MISSING (its time is over), UPCOMING (its time is not over), NONE (none held, none required). */
    public enum State { HELD, MISSING, UPCOMING, NONE }

    /** A slot of a requirement: a week or the whole period, and the meetings held in it. */
    public record Slot(LocalDate from, LocalDate to, State state, List<UUID> meetings) {
    }

    public record Requirement(MeetingType type, List<Slot> slots) {

        @JsonProperty
        public long held() {
            return slots.stream().filter(s -> s.state() == State.HELD).count();
        }

        @JsonProperty
        public long missing() {
            return slots.stream().filter(s -> s.state() == State.MISSING).count();
        }

        @JsonProperty
        public long meetings() {
            return slots.stream().mapToLong(s -> s.meetings().size()).sum();
        }
    }

    /** Whether every requirement that has come due is met. */
    @JsonProperty
    public boolean onTrack() {
        return requirements.stream().allMatch(r -> r.missing() == 0);
    }
}
