package org.tutela.language;

/** The kinds of text the rules are written for: each rule names the kinds it applies to. */
public enum TextKind {
    /** A BIP provider's comment in a monthly report (seed 001). */
    BIP_REPORT
}
