package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One date format per language, from the message files, in the agency's zone whatever the JVM's. */
class DatesTests {

    static {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        new Messages(source);
    }

    private final Dates dates = new Dates();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachLanguageWritesTheDayItsOwnWay() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(in("en", () -> dates.day(day))).isEqualTo("Dec 4, 2026");
        assertThat(in("es", () -> dates.day(day))).isEqualTo("4 dic 2026");
        assertThat(in("ht", () -> dates.day(day))).isEqualTo("4 des 2026");
        assertThat(dates.iso(day)).isEqualTo("2026-12-04");
    }

    @Test
    void aMomentIsShownAtTheAgencysClockTime() {
        org.junit.jupiter.api.Assumptions.assumeTrue(AgencyTime.ZONE.getId().equals("America/New_York"));
        // 15:00 UTC is 10:00 in Florida in December, 14:00 UTC is 10:00 in July
        Instant winter = Instant.parse("2026-12-04T15:00:00Z");
        Instant summer = Instant.parse("2027-07-16T14:00:00Z");
        assertThat(in("en", () -> dates.dayTime(winter))).isEqualTo("Dec 4, 2026, 10:00 AM");
        assertThat(in("en", () -> dates.weekdayTime(summer))).isEqualTo("Fri, Jul 16, 2027, 10:00 AM");
        assertThat(in("es", () -> dates.weekdayTime(summer))).isEqualTo("vie 16 jul 2027, 10:00 a. m.");
        assertThat(in("ht", () -> dates.time(summer))).isEqualTo("10:00"); // Creole writes the 24-hour clock
        assertThat(in("ht", () -> dates.dayTime(Instant.parse("2026-12-04T20:30:00Z")))).isEqualTo("4 des 2026, 15:30");
        assertThat(dates.iso(winter)).isEqualTo("2026-12-04T10:00:00-05:00");
    }

    private static String in(String language, java.util.function.Supplier<String> format) {
        LocaleContextHolder.setLocale(Languages.locale(language));
        return format.get();
    }
}
