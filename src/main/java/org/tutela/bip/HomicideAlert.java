package org.tutela.bip;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A homicide threat or ideation the provider named at intake (seed 001), shown at once to the referring worker, their
 * supervisors and the BAS until each acknowledges it.
 */
public record HomicideAlert(UUID id, UUID referralId, UUID caseId, String caseNumber, String participantName,
                            String providerName, boolean threat, boolean ideation, String raisedBy,
                            OffsetDateTime raisedAt, boolean acknowledged) {
}
