package org.tutela.consent;

/** Why a survivor lets the DV center and its BAS share (C.1.6.1). */
public enum ReleasePurpose {
    /** The co-located advocate may confirm the survivor is enrolled in the center's services. */
    CONFIRM_ENROLLMENT,
    /** The BAS may share what they know of the batterer, to enhance the survivor's safety planning. */
    SHARE_BATTERER_INFORMATION
}
