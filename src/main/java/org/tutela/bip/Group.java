package org.tutela.bip;

import java.util.UUID;
import org.tutela.caseload.Gender;

/** A provider's group, with how many participants attend it now and the sessions it held. */
public record Group(UUID id, String name, Gender gender, String meets, boolean feesApply, int participants,
                    int sessions) {
}
