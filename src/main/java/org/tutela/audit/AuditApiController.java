package org.tutela.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
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
    @Operation(summary = "Audit rows, newest first, filtered by entity id, actor (username), action and time")
    PageOf<Item> search(@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
                        @RequestParam(required = false) String action,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.search(new AuditFilter(entityId, actor, action, from, to), PageOf.page(page),
                PageOf.size(size, 50)).map(Item::of);
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the hash chain; reports the first broken link")
    ChainCheck verify() {
        return queries.verify();
    }
}
