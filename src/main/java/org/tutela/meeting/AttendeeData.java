package org.tutela.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tutela.shared.SubmittedPeriods.AmendmentReason;

/**
 * An attendee as the sign-in sheet or roll shows them: printed name, title or position, organization (C.2.5.4.3);
 * {@code amendmentReason} when the meeting's quarter has a submitted STOP BAS report.
 */
public record AttendeeData(@NotBlank @Size(max = 120) String printedName, @NotBlank @Size(max = 120) String title,
                           @NotBlank @Size(max = 200) String organization, AmendmentReason amendmentReason) {

    public AttendeeData(String printedName, String title, String organization) {
        this(printedName, title, organization, null);
    }
}
