package org.tutela.consent;

/** What came of a referral to the DV advocate (C.1.6.1). */
public enum ReferralOutcome { ENROLLED, DECLINED, UNABLE_TO_REACH }
