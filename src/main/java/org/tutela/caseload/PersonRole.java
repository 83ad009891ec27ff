package org.tutela.caseload;

/** A person's role in a case. */
public enum PersonRole {
    /** the adult victim, usually the non-offending parent */
    SURVIVOR,
    PERPETRATOR,
    CHILD,
    OTHER_CAREGIVER
}
