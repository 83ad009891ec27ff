package org.tutela.compliance;

/** Whom a child welfare professional contacted about a firearm surrender (C.1.5: law enforcement and the courts). */
public enum WorkerContactParty {
    LAW_ENFORCEMENT, COURT, OTHER
}
