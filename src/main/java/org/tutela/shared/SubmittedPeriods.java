package org.tutela.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The periods whose contract report a provider has submitted (seed 000 E.1, issue 10 section 4), as the modules that
 * keep the report's records see them: a change to a record dated in a submitted quarter needs a reason, and is kept as
 * an amendment after submission. The reporting module implements it (it reads those modules, so they cannot read it).
 */
public interface SubmittedPeriods {

    /**
     * Called inside the write of a record of the provider dated on {@code days} (a changed record: its date before
     * and after). When one of the days lies in a submitted (or accepted) quarter, {@code reason} is required (else an
     * {@link InvalidInput} on the field {@code amendmentReason}) and the change is kept as an amendment of that
     * submission; otherwise nothing is kept and the reason is ignored.
     */
    void amend(UUID providerId, Collection<LocalDate> days, Change change, String recordType, UUID recordId,
               UUID caseId, AmendmentReason reason, UUID by);

    /** The submitted quarter of the provider that holds {@code day}, if any (a form asks for the reason up front). */
    java.util.Optional<String> submittedQuarter(UUID providerId, LocalDate day);

    /**
     * Tells a form of a record dated on {@code day} whether to ask up front why it changes: {@code amendmentQuarter},
     * the submitted quarter holding the day (null when none, or no day), and {@code amendmentReasons} to choose from.
     */
    default void askReason(org.springframework.ui.Model model, UUID providerId, LocalDate day) {
        model.addAttribute("amendmentQuarter", day == null || providerId == null ? null
                : submittedQuarter(providerId, day).orElse(null));
        model.addAttribute("amendmentReasons", AmendmentReason.values());
    }

    /** The amendments kept for a record, oldest first. */
    List<Amendment> amendments(String recordType, UUID recordId);

    enum Change { CREATE, UPDATE }

    /** Why a record of a submitted quarter changed: a vetted list, since contract managers read it. */
    enum AmendmentReason {
        LATE_ENTRY, CORRECTION, NOTE_COMPLETED, RECORDED_IN_ERROR;

        /** A reason as a form sends it: none when blank; one not on the list is refused on its field. */
        public static AmendmentReason parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return java.util.Arrays.stream(values()).filter(r -> r.name().equals(value.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInput("amendmentReason", "invalid.submission.amendmentReason"));
        }
    }

    /** A change after submission: the quarter it amends, the change, why, by whom (display name) and when. */
    record Amendment(String quarter, Change change, AmendmentReason reason, String byName, OffsetDateTime at) {
    }
}
