package org.tutela.meeting;

/** The meetings the contract names (C.1.6), each with how often it is required. */
public enum MeetingType {
    /** C.1.6.1: the BAS meets the co-located DV advocates every week. */
    BAS_ADVOCATE_WEEKLY(Cadence.WEEKLY, true),
    /** C.1.6.2: the quarterly STOP contract BAS call. */
    STOP_BAS_CALL(Cadence.QUARTERLY, false),
    /** C.1.6.2: the quarterly Partners in Protection initiative call hosted by FLDVC. */
    FLDVC_INITIATIVE_CALL(Cadence.QUARTERLY, false),
    /** C.1.6.3: at least one leadership meeting a quarter. */
    LEADERSHIP(Cadence.QUARTERLY, true),
    /** C.1.6.4: coordinated community response team. */
    CCR(Cadence.AS_HELD, false),
    /** C.1.6.4: sexual assault response team. */
    SART(Cadence.AS_HELD, false),
    /** C.1.6.4: another multidisciplinary team. */
    MDT(Cadence.AS_HELD, false);

    /** How often the contract requires a meeting of a type. */
    public enum Cadence {
        WEEKLY, QUARTERLY,
        /** C.1.6.4 asks for participation without a number: counted, never missing. */
        AS_HELD
    }

    private final Cadence cadence;
    private final boolean barriers;

    MeetingType(Cadence cadence, boolean barriers) {
        this.cadence = cadence;
        this.barriers = barriers;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** C.1.6.1, C.1.6.3: the weekly and leadership meetings record barriers and action items for the next one. */
    public boolean recordsBarriers() {
        return barriers;
    }
}
