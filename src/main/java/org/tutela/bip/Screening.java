package org.tutela.bip;

/**
 * The intake's screening for substance use, or for a history of mental illness or trauma. A recommended assessment is
 * a separate referral recommendation: never part of the program, never in its place (seed 001).
 */
public enum Screening {
    NO_CONCERN, HISTORY_REPORTED, ASSESSMENT_RECOMMENDED
}
