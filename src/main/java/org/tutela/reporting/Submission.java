package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tutela.shared.SubmittedPeriods;

/**
 * A fiscal quarter's STOP BAS report as the BAS submitted it to the contract manager: the figures then, and the
 * review. {@code SUBMITTED} and {@code ACCEPTED} freeze the quarter; a {@code RETURNED} one is history.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Submission(UUID id, UUID providerId, String providerName, String quarter, LocalDate from, LocalDate to, Status status,
                         String submittedBy, OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt,
                         String reviewComment, Figures figures) {

    public enum Status { SUBMITTED, ACCEPTED, RETURNED }

    /** Whether this submission freezes its quarter. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean live() {
        return status != Status.RETURNED;
    }

    /**
     * A submitted quarter as the report shows it: the live submission (if any) with its figures beside today's, each
     * change made to its records since, and every earlier submission of the quarter (returned ones).
     *
     * @param submittable whether the reader may submit the quarter now (a BAS, the quarter ended, none live)
     * @param reviewable  whether the reader may accept or return the live submission now (a contract manager)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record State(Submission live, Measure currentE11, Measure currentE12, List<Figures.Compared> compared,
                        List<AmendmentLine> amendments, List<Submission> history, boolean submittable,
                        boolean reviewable, LocalDate dueOn) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean amended() {
            return live != null && (!amendments.isEmpty() || compared.stream().anyMatch(Figures.Compared::changed));
        }

        /** Not submitted, and past its due day (the page flags it). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean overdue() {
            return live == null && dueOn != null && org.tutela.shared.AgencyTime.today().isAfter(dueOn);
        }
    }

    /** A change after submission to a record of the quarter, by case number (the case's id for the BAS alone). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmendmentLine(String recordType, UUID caseId, String caseNumber, LocalDate recordOn,
                                SubmittedPeriods.Change change, SubmittedPeriods.AmendmentReason reason, String byName,
                                OffsetDateTime at) {
    }
}
