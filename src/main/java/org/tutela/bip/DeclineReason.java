package org.tutela.bip;

/** Why a provider declines a referral: vetted values, since the answer reaches the case's professionals. */
public enum DeclineReason {
    NO_CAPACITY, OUTSIDE_SERVICE_AREA, NOT_ELIGIBLE, LANGUAGE_NOT_OFFERED, OTHER
}
