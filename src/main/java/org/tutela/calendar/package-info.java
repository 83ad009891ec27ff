/** Staffings and hearings the BAS is asked to attend (C.1.3), their conflicts, attendance, and the ICS feed. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.tutela.calendar;
