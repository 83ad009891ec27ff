package org.tutela.compliance;

/** Whom the firearm follow-up contacted (C.1.5: "communicate with law enforcement and the courts"). */
public enum ContactParty {
    LAW_ENFORCEMENT, COURT
}
