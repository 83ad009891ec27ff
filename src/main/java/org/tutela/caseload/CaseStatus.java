package org.tutela.caseload;

/** Where a case stands: investigated by DCF, managed by a CBC or CMO, or closed. */
public enum CaseStatus {
    INVESTIGATION, CASE_MANAGEMENT, CLOSED
}
