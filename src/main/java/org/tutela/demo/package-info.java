/** Synthetic demo data, loaded once into an empty database: every name and address in it is made up. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.tutela.demo;
