/**
 * The contract's deadlines ahead, for each role's home page and the BAS's ICS feed (issue 10, section 6): training
 * materials due, trainings awaiting approval, meetings the quarter still requires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package org.tutela.deadlines;
