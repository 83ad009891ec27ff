package org.tutela.bip;

/** What the participant acknowledged at intake of a kind of abusive behavior (seed 001). */
public enum Disclosure {
    ACKNOWLEDGED, PARTLY_ACKNOWLEDGED, DENIED
}
