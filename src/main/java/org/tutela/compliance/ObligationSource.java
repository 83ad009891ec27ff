package org.tutela.compliance;

/** Where an obligation of the perpetrator comes from (C.1.5). */
public enum ObligationSource {
    /** the tasks of the dependency case plan */
    DEPENDENCY_CASE_PLAN,
    /** for example no-contact orders, probation or pretrial release conditions */
    CRIMINAL_ORDER,
    INJUNCTION,
    /** court-ordered attendance of a batterer intervention program */
    BIP,
    FIREARM_SURRENDER
}
