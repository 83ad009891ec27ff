/**
 * The BAS's trainings (C.1.2): planned with their topics, objectives and instructors, their materials submitted to the
 * contract manager 30 days ahead and approved, held with more than one attendee, and documented (C.2.5.4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainings")
package org.tutela.training;
