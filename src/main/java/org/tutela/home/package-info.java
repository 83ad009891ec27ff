/** Each role's home page and the navigation that shows what the role can do. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.tutela.home;
