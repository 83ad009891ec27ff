package org.tutela.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;

/**
 * Who may change what another BAS started: one rule for the BAS's records, on cases the BAS may see (their region).
 * <ul>
 *   <li>A consultation is its author's: its E.1.1 and E.1.2 answers count toward the measures of the BAS who logged
 *       it (E.1), so only that BAS changes it.</li>
 *   <li>Compliance monitoring (its end, obligations, checks, firearm follow-up and escalations) and the answer to a
 *       request for a staffing or hearing are the region's: any BAS of the case's region may act on them, for
 *       continuity while a colleague is away (C.1.3, C.1.5). A change by a BAS other than the one responsible names
 *       both: the record keeps who acted, and the audit trail records, in the same transaction, whom they acted
 *       for.</li>
 * </ul>
 */
@Component
public class BasWork {

    /** The BAS records the rule covers. */
    public enum Kind { CONSULTATION, MONITORING, EVENT_ANSWER }

    private final AuditTrail audit;

    BasWork(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Checks that {@code bas} may change a record of this kind for which {@code responsible} is the BAS responsible
     * (who logged, started or answered it; null when nobody is yet). Returns the BAS they act for when it is someone
     * else, after recording it in the audit trail; throws when they may not.
     */
    public Optional<UUID> actingFor(CurrentUser bas, Kind kind, UUID responsible) {
        if (bas.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS changes the BAS's records");
        }
        if (responsible == null || responsible.equals(bas.id())) {
            return Optional.empty();
        }
        if (kind == Kind.CONSULTATION) {
            throw new AccessDeniedException("only the BAS who logged a consultation changes it");
        }
        audit.record("ACT_FOR", "USER", responsible);
        return Optional.of(responsible);
    }
}
