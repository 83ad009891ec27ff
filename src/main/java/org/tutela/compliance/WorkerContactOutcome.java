package org.tutela.compliance;

/**
 * What a child welfare professional learned from their contact about a firearm surrender. It informs the BAS: a
 * reported surrender or report of no firearms is confirmed by the BAS with the receipt, inventory or report
 * ({@link FirearmOutcome}), and only that closes the follow-up.
 */
public enum WorkerContactOutcome {
    SURRENDER_CONFIRMED, NO_FIREARMS_REPORTED, PENDING, UNABLE_TO_REACH;

    /** Whether the professional reports what would close the follow-up once the BAS confirms it. */
    public boolean awaitsBasConfirmation() {
        return this == SURRENDER_CONFIRMED || this == NO_FIREARMS_REPORTED;
    }
}
