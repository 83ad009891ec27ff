package org.tutela.compliance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.compliance.Attachment;
import org.tutela.compliance.CheckData;
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.ContactParty;
import org.tutela.compliance.EscalationData;
import org.tutela.compliance.EscalationResponse;
import org.tutela.compliance.FirearmContactData;
import org.tutela.compliance.FirearmOutcome;
import org.tutela.compliance.FirearmOutcomeData;
import org.tutela.compliance.InformationSource;
import org.tutela.compliance.InjunctionKind;
import org.tutela.compliance.Monitoring;
import org.tutela.compliance.Obligation;
import org.tutela.compliance.ObligationData;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.ObligationStatus;
import org.tutela.compliance.Obligations;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Downloads;
import org.tutela.directory.Role;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.AgencyTime;

/** The BAS's compliance monitoring pages: monitoring, obligations, checks, firearm follow-up and escalation. */
@Controller
class CompliancePageController {

    private final ComplianceMonitoring monitoring;
    private final Obligations obligations;
    private final FormBinder forms;

    CompliancePageController(ComplianceMonitoring monitoring, Obligations obligations, FormBinder forms) {
        this.monitoring = monitoring;
        this.obligations = obligations;
        this.forms = forms;
    }

    @GetMapping("/monitoring")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String status, Model model) {
        Boolean running = "ENDED".equals(status) ? Boolean.FALSE : "ALL".equals(status) ? null : Boolean.TRUE;
        model.addAttribute("status", status == null ? "RUNNING" : status);
        model.addAttribute("monitorings", monitoring.list(me, running, null));
        model.addAttribute("followUps", obligations.firearmFollowUps(me, false, null).stream()
                .filter(f -> !f.resolved()).toList());
        return "compliance/list";
    }

    @GetMapping("/cases/{id}/compliance")
    String forCase(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @RequestParam(defaultValue = "false") boolean alerts, Model model) {
        if (alerts) {
            model.addAttribute("followUps", obligations.firearmFollowUps(me, true, id));
            return "compliance/for-case :: alerts";
        }
        model.addAttribute("caseId", id);
        model.addAttribute("monitorings", monitoring.list(me, null, id));
        model.addAttribute("followUps", obligations.firearmFollowUps(me, false, id).stream()
                .filter(f -> !f.resolved()).toList());
        // offered while a perpetrator of the case (or the case, before one is recorded) is not monitored
        model.addAttribute("canMonitor", me.role() == Role.BAS && monitoring.anyUnmonitored(me, id));
        return "compliance/for-case :: compliance";
    }

    @PostMapping("/cases/{id}/monitoring")
    String start(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        monitoring.start(me, id, null, AgencyTime.today());
        List<Monitoring> running = monitoring.list(me, true, id);
        return running.size() == 1 ? "redirect:/monitoring/" + running.get(0).id() + "?started" : "redirect:/cases/" + id;
    }

    @GetMapping("/monitoring/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return monitoringPage(me, id, FormState.of("obligation", Map.of("orderedOn", AgencyTime.today().toString())),
                FormState.of("end", Map.of("endedOn", AgencyTime.today().toString())), model);
    }

    @PostMapping("/monitoring/{id}/obligations")
    String addObligation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @RequestParam Map<String, String> fields, Model model) {
        try {
            UUID obligationId = obligations.add(me, id, forms.bind(fields, ObligationData.class));
            return "redirect:/obligations/" + obligationId + "?added";
        } catch (InvalidInput e) {
            return monitoringPage(me, id, FormState.refused("obligation", fields, e.errors()),
                    FormState.of("end", Map.of()), model);
        }
    }

    @PostMapping("/monitoring/{id}/end")
    String end(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
               Model model) {
        try {
            LocalDate on = fields.get("endedOn") == null || fields.get("endedOn").isBlank() ? null
                    : parseDate("endedOn", fields.get("endedOn"));
            monitoring.end(me, id, on, fields.get("reason"));
            return "redirect:/monitoring/" + id + "?ended";
        } catch (InvalidInput e) {
            return monitoringPage(me, id, FormState.of("obligation", Map.of()),
                    FormState.refused("end", fields, e.errors()), model);
        }
    }

    private String monitoringPage(CurrentUser me, UUID id, FormState obligation, FormState end, Model model) {
        model.addAttribute("monitoring", monitoring.get(me, id));
        model.addAttribute("obligations", obligations.forMonitoring(me, id));
        model.addAttribute("obligationForm", obligation);
        model.addAttribute("endForm", end);
        model.addAttribute("sources", ObligationSource.values());
        model.addAttribute("injunctionKinds", InjunctionKind.values());
        model.addAttribute("canEdit", me.role() == Role.BAS);
        return "compliance/monitoring";
    }

    @GetMapping("/obligations/{id}")
    String obligation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return obligationPage(me, id, Map.of(), model);
    }

    @PostMapping("/obligations/{id}/checks")
    String check(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                 @RequestParam(value = "file", required = false) MultipartFile file, Model model) {
        return submit(me, id, "check", fields, model,
                () -> obligations.check(me, id, forms.bind(fields, CheckData.class), ComplianceApiController.attachment(file)));
    }

    @PostMapping("/obligations/{id}/firearm-contacts")
    String contact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   Model model) {
        return submit(me, id, "contact", fields, model,
                () -> obligations.addContact(me, id, forms.bind(fields, FirearmContactData.class)));
    }

    @PostMapping("/obligations/{id}/firearm-outcome")
    String outcome(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   Model model) {
        return submit(me, id, "outcome", fields, model,
                () -> obligations.recordOutcome(me, id, forms.bind(fields, FirearmOutcomeData.class)));
    }

    @PostMapping("/obligations/{id}/escalations")
    String escalate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                    Model model) {
        return submit(me, id, "escalation", fields, model,
                () -> obligations.escalate(me, id, forms.bind(fields, EscalationData.class)));
    }

    @PostMapping("/escalations/{id}/response")
    String respond(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   @RequestParam UUID obligationId, Model model) {
        return submit(me, obligationId, "response-" + id, fields, model,
                () -> obligations.respond(me, id, forms.bind(fields, EscalationResponse.class)));
    }

    @GetMapping("/checks/{id}/attachment")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        Attachment a = obligations.attachment(me, id);
        return Downloads.attachment(a.name(), a.contentType(), a.content());
    }

    /** Runs one of the obligation page's forms; on a broken rule the page comes back with that form's errors. */
    private String submit(CurrentUser me, UUID obligationId, String form, Map<String, String> fields, Model model,
                          Runnable action) {
        try {
            action.run();
            return "redirect:/obligations/" + obligationId + "?saved=" + form;
        } catch (InvalidInput e) {
            return obligationPage(me, obligationId, Map.of(form, FormState.refused(form, fields, e.errors())), model);
        }
    }

    private String obligationPage(CurrentUser me, UUID id, Map<String, FormState> refused, Model model) {
        Obligation o = obligations.get(me, id);
        String today = AgencyTime.today().toString();
        model.addAttribute("obligation", o);
        model.addAttribute("checkForm", refused.getOrDefault("check", FormState.of("check", Map.of("checkedOn", today))));
        model.addAttribute("contactForm", refused.getOrDefault("contact", FormState.of("contact", Map.of("contactedOn", today))));
        model.addAttribute("outcomeForm", refused.getOrDefault("outcome", FormState.of("outcome", Map.of("confirmedOn", today))));
        model.addAttribute("escalationForm", refused.getOrDefault("escalation",
                FormState.of("escalation", Map.of("escalatedOn", today))));
        model.addAttribute("responseForms", o.firearm() == null ? Map.of() : o.firearm().escalations().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id().toString(), e -> refused.getOrDefault(
                        "response-" + e.id(), FormState.of("response-" + e.id(), Map.of("respondedOn", today))))));
        model.addAttribute("informationSources", InformationSource.values());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("parties", ContactParty.values());
        model.addAttribute("outcomes", FirearmOutcome.values());
        model.addAttribute("canEdit", me.role() == Role.BAS);
        return "compliance/obligation";
    }

    private static LocalDate parseDate(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(field, "invalid.date");
        }
        if (!org.tutela.shared.InputValidation.plausibleYear(date.getYear())) {
            throw new InvalidInput(field, org.tutela.shared.InputValidation.DATE_RANGE);
        }
        return date;
    }
}
