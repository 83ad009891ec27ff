package org.tutela.reporting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The contract manager's review of a submitted STOP BAS report: accepted, or returned with a comment saying why. */
public record SubmissionReview(@NotNull Decision decision, @Size(max = 4000) String comment) {

    public enum Decision { ACCEPTED, RETURNED }
}
