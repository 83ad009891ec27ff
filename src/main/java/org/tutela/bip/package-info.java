/**
 * The Batterer Intervention Program (seed 001; seed 000 C.1.5): a case's professionals refer its perpetrator to a BIP
 * provider organization; the provider screens him at intake, enrolls him in a same-gendered group of 26 weekly
 * sessions, records attendance and sends monthly reports that never predict and never certify. The provider sees the
 * participant and its own records, nothing of the survivor: who sees what is decided in {@code access.CaseAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Batterer Intervention Program")
package org.tutela.bip;
