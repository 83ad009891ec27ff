package org.tutela.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.shared.PageOf;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit trail (administrators)")
class AuditApiController {

    record Item(OffsetDateTime at, String actor, String role, String action, String entityType, String entityId,
                String requestId) {
        static Item of(AuditEntry e) {
            return new Item(e.at(), e.actor(), e.role(), e.action(), e.entityType(), e.entityId(), e.requestId());
        }
    }

    private final AuditQueries queries;
    private final AuditTrail trail;

    AuditApiController(AuditQueries queries, AuditTrail trail) {
        this.queries = queries;
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit rows, newest first, filtered by entity id, actor (username), action and time (from inclusive, to exclusive)")
    PageOf<Item> search(@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
                        @RequestParam(required = false) String action,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.search(new AuditFilter(entityId, actor, action, instant("from", from, false),
                instant("to", to, true)), PageOf.page(page), PageOf.size(size, 50)).map(Item::of);
    }

    /**
     * A date-time with offset, or a date (from its start; for {@code to}, through its end), in UTC: PostgreSQL takes
     * offsets up to 15:59 only, Java's up to 18:00.
     */
    static OffsetDateTime instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value.trim()).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException notDateTime) {
            try {
                java.time.LocalDate day = java.time.LocalDate.parse(value.trim());
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notDate) {
                throw new org.tutela.shared.InvalidInput(name, "invalid.dateOrInstant");
            }
        }
        if (!org.tutela.shared.InputValidation.plausibleYear(instant.getYear())) {
            throw new org.tutela.shared.InvalidInput(name, org.tutela.shared.InputValidation.DATE_RANGE);
        }
        return instant;
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the hash chain; reports the first broken link")
    ChainCheck verify() {
        return queries.verify();
    }
}
