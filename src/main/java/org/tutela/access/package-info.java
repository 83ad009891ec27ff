/**
 * The one disclosure policy: which cases a user may see, and which groups of a person's fields. Every read
 * of a case or a person goes through here; callers answer 404 when a record is not visible.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.tutela.access;
