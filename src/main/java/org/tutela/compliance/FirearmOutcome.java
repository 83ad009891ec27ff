package org.tutela.compliance;

/** What became of a firearm surrender order. */
public enum FirearmOutcome {
    /** with a receipt or inventory */
    SURRENDERED, NOT_SURRENDERED, NO_FIREARMS_REPORTED, UNKNOWN;

    /** An outcome that closes the follow-up; NOT_SURRENDERED and UNKNOWN leave a safety concern open. */
    public boolean closesFollowUp() {
        return this == SURRENDERED || this == NO_FIREARMS_REPORTED;
    }
}
