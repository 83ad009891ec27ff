/** The append-only, hash-chained audit trail: who did or read what, when, and its verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.tutela.audit;
