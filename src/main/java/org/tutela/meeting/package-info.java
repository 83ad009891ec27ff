/**
 * The provider's meetings and their cadence (C.1.6): the BAS's weekly meeting with the co-located DV advocates, the
 * quarterly STOP BAS and FLDVC initiative calls, the quarterly leadership meeting with its committee roster, and CCR,
 * SART and MDT meetings; each with its agenda and proof of attendance (C.2.5.4), barriers and action items.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.tutela.meeting;
