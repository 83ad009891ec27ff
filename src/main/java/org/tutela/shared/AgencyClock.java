package org.tutela.shared;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field rules that compare with today ({@code @PastOrPresent} on a date of birth or an intake date) count days as
 * the agency does, not as the server's zone would: a date of birth of today in Florida is not in the future.
 */
@Configuration(proxyBeanMethods = false)
class AgencyClock {

    @Bean
    ValidationConfigurationCustomizer agencyClockForValidation() {
        return configuration -> configuration.clockProvider(() -> Clock.system(AgencyTime.ZONE));
    }
}
