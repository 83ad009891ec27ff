package org.tutela.deadlines;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline ahead (or passed): its kind, its day, what it is about ({@code about}: a record's title, or a meeting
 * type's name for the meetings still required), the provider it is the deadline of, and where it is done.
 */
public record Deadline(Kind kind, LocalDate day, String about, String providerName, String href, UUID uid) {

    public enum Kind {
        /** C.1.2: the materials of a training are due to the contract manager (30 days before it). */
        MATERIALS_DUE,
        /** C.1.2: materials submitted, waiting for the contract manager's review. */
        AWAITING_APPROVAL,
        /** C.1.6: a meeting the week or the quarter still requires. */
        MEETING_REQUIRED,
        /** C.1.6.1: a survivor's release of information expires (the center's advocates). */
        RELEASE_EXPIRING,
        /** E.1: the provider's STOP BAS report of a quarter is due to the contract manager (the BAS). */
        REPORT_DUE,
        /** E.1: a submitted STOP BAS report waits for the contract manager's review (due 30 days after it came). */
        REPORT_AWAITING_REVIEW
    }

    /** Whether the day has passed. */
    public boolean overdue(LocalDate today) {
        return day.isBefore(today);
    }
}
