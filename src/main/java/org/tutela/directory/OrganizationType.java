package org.tutela.directory;

/** The kinds of organization in the system of care (see the glossary). */
public enum OrganizationType {
    DCF, CBC, CMO, DV_CENTER, BIP_PROVIDER, COURT, LAW_ENFORCEMENT
}
