/**
 * Uploaded files (compliance evidence, training materials, agendas, sign-in sheets, online rolls, signed Releases of
 * Information): content kept in PostgreSQL, type read from the content, size limited, every download audited, and
 * who may read a file decided by the record it belongs to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.tutela.documents;
