/** Batterer compliance monitoring (C.1.5): which perpetrators the BAS monitors, since when, and why it ended. */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.tutela.compliance;
