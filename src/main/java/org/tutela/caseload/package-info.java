/** Cases, the people in them and their roles, maltreatments, assigned workers and change history. */
@org.springframework.modulith.ApplicationModule(displayName = "Caseload")
package org.tutela.caseload;
