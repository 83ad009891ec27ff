package org.tutela.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting settings: the month the state fiscal year starts in (1 to 12; default 7, July, Florida's), which decides
 * the quarters ({@link FiscalQuarter}).
 */
@ConfigurationProperties("tutela.reporting")
public record ReportingProperties(@DefaultValue("7") int fiscalYearStartMonth) {

    public ReportingProperties {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("tutela.reporting.fiscal-year-start-month must be 1 to 12");
        }
    }
}
