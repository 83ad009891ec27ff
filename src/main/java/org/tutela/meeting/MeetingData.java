package org.tutela.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.tutela.documents.Delivery;

/**
 * A meeting as the BAS or an advocate records it: its agenda with date and time (C.2.5.4.2) and its notes;
 * {@code amendmentReason} when it is dated in a quarter whose STOP BAS report was submitted.
 */
public record MeetingData(
        @NotNull MeetingType type,
        @NotBlank @Size(max = 200) String title,
        @NotNull OffsetDateTime startsAt,
        @NotNull @Min(5) @Max(1440) Integer lengthMinutes,
        @NotNull Delivery delivery,
        @NotBlank @Size(max = 4000) String agenda,
        @Size(max = 8000) String notes,
        org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason) {

    public MeetingData(MeetingType type, String title, OffsetDateTime startsAt, Integer lengthMinutes,
                       Delivery delivery, String agenda, String notes) {
        this(type, title, startsAt, lengthMinutes, delivery, agenda, notes, null);
    }
}
