/**
 * The perpetrator's timeline and the court brief (C.1.5): read models over consultations, compliance monitoring
 * and the calendar, for child welfare professionals and Children's Legal Services. Never a survivor's or child's
 * protected field, nor any DV center information.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Court brief")
package org.tutela.courtbrief;
