package org.tutela.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The agency's clock: its zone (TUTELA_TIME_ZONE, default America/New_York) and today's date in it, whatever the
 * server's own zone. Pages take and show times in it; the API carries offsets and the ICS feed UTC. Nothing else in
 * Tutela asks the JVM for its zone or its date.
 */
public final class AgencyTime {

    public static final ZoneId ZONE = zone(System.getProperty("tutela.time-zone", System.getenv("TUTELA_TIME_ZONE")));

    private AgencyTime() {
    }

    static ZoneId zone(String setting) {
        return setting == null || setting.isBlank() ? ZoneId.of("America/New_York") : ZoneId.of(setting.trim());
    }

    /** Today, as the agency counts days. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The agency's day of an instant. */
    public static LocalDate day(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }
}
