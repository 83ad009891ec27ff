/** The BAS consultation log (C.1.4) and the E.1.1 and E.1.2 answers each consultation gives. */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package org.tutela.consultation;
