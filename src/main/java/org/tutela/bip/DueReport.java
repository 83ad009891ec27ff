package org.tutela.bip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A monthly report the provider owes: the month has ended and none was sent. Due by the tenth of the next month;
 * {@code missing} after that.
 */
public record DueReport(UUID referralId, String participantName, String month, LocalDate monthStart, LocalDate dueBy,
                        boolean missing) {
}
