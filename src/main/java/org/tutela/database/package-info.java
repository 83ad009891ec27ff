/** Where Tutela's PostgreSQL comes from: an embedded server on a data folder by default, or an external one. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.tutela.database;
