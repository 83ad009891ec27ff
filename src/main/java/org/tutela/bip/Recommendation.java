package org.tutela.bip;

/** A referral recommended apart from the program (seed 001: done separately, not in conjunction with it). */
public enum Recommendation {
    SUBSTANCE_USE_ASSESSMENT, MENTAL_HEALTH_ASSESSMENT
}
