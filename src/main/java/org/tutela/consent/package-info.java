/**
 * Advocate referrals and Releases of Information (C.1.6.1): a case's survivor referred to the co-located DV advocate,
 * the outcome, and the releases the survivor signs that let the DV center and its BAS share what their scope names.
 * The survivor's services stay in the center's own system. Who sees what is decided in {@code access.CaseAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package org.tutela.consent;
