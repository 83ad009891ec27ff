/** Organizations, users, roles, sign-in (forms, HTTP Basic for token creation, bearer tokens) and lockout. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.tutela.directory;
