package org.tutela.compliance;

/** How far the perpetrator complies with an obligation, as the latest compliance check found. */
public enum ObligationStatus {
    PENDING, COMPLIANT, PARTIAL, NON_COMPLIANT, UNKNOWN
}
