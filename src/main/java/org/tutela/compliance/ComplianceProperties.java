package org.tutela.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Compliance settings: the days after a firearm surrender's due date before its follow-up is overdue. */
@ConfigurationProperties("tutela.compliance")
public record ComplianceProperties(@DefaultValue("3") int firearmGraceDays) {
}
