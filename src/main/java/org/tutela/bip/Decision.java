package org.tutela.bip;

/** The provider's answer to a referral. */
public enum Decision {
    ACCEPTED, DECLINED
}
