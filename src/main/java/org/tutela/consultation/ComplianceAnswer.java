package org.tutela.consultation;

/** E.1.1: did the BAS initiate batterer compliance monitoring (N/A for DCF). */
public enum ComplianceAnswer {
    YES, NO, NOT_APPLICABLE
}
