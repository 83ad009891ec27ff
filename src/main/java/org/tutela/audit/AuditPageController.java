package org.tutela.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.shared.PageOf;

@Controller
class AuditPageController {

    private final AuditQueries queries;

    AuditPageController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) boolean verify,
                 Model model) {
        ZoneId zone = org.tutela.shared.AgencyTime.ZONE; // the days as the agency counts them
        AuditFilter filter = new AuditFilter(entityId, actor, action,
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        model.addAttribute("entityId", entityId);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("results", queries.search(filter, PageOf.page(page), 50));
        if (verify) {
            model.addAttribute("check", queries.verify());
        }
        return "audit/list";
    }
}
