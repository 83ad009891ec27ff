package org.tutela.compliance;

/** Where the information of a compliance check came from. */
public enum InformationSource {
    COURT_DOCKET, PROBATION_OFFICER, BIP_REPORT, LAW_ENFORCEMENT, CASE_MANAGER
}
