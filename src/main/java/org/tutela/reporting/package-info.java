/**
 * Contract reporting: the STOP BAS report (Template 1, seed 000 E.1) as read models in SQL over the other modules'
 * tables, for a provider and a state-fiscal-year quarter or any date range, with its XLSX and PDF exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.tutela.reporting;
