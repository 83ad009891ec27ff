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
import org.tutela.documents.Download;
import org.tutela.documents.Upload;
import org.tutela.compliance.CheckData;
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.ContactParty;
import org.tutela.compliance.EscalationData;
import org.tutela.compliance.EscalationResponse;
import org.tutela.compliance.FirearmContactData;
import org.tutela.compliance.FirearmOutcome;
import org.tutela.compliance.FirearmOutcomeData;
import org.tutela.compliance.FirearmWorkerContacts;
import org.tutela.compliance.InformationSource;
import org.tutela.compliance.InjunctionKind;
import org.tutela.compliance.Monitoring;
import org.tutela.compliance.Obligation;
import org.tutela.compliance.ObligationData;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.ObligationStatus;
import org.tutela.compliance.Obligations;
import org.tutela.compliance.WorkerContactData;
import org.tutela.compliance.WorkerContactOutcome;
import org.tutela.compliance.WorkerContactParty;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.Downloads;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * The compliance monitoring pages: monitoring, obligations, checks, firearm follow-up and escalation. A monitoring
 * and an obligation page show what is recorded and the tasks at hand; each task (record an obligation, a check, a
 * contact, an outcome, an escalation or its response, a professional's follow-up, ending monitoring) has a page of
 * its own, which sends the user back with what happened and the next step.
 */
@Controller
class CompliancePageController {

    /** The tasks of an obligation page, each its own form: the form's name is its element ids' prefix. */
    static final List<String> TASKS = List.of("check", "contact", "outcome", "escalation", "response", "workerContact");

    private final ComplianceMonitoring monitoring;
    private final Obligations obligations;
    private final FirearmWorkerContacts workerContacts;
    private final FormBinder forms;

    CompliancePageController(ComplianceMonitoring monitoring, Obligations obligations,
                             FirearmWorkerContacts workerContacts, FormBinder forms) {
        this.monitoring = monitoring;
        this.obligations = obligations;
        this.workerContacts = workerContacts;
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

    /**
     * The next step after a consultation that started monitoring (E.1.1 Yes): recording the perpetrator's
     * obligations. With one perpetrator monitored on the case, its form; with several, the case page lists them.
     */
    @GetMapping("/consultations/{id}/obligations/new")
    String obligationsAfterConsultation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        UUID caseId = monitoring.caseOfConsultation(me, id);
        List<Monitoring> running = monitoring.list(me, true, caseId);
        return running.size() == 1 ? "redirect:/monitoring/" + running.get(0).id() + "/obligations/new"
                : "redirect:/cases/" + caseId;
    }

    // ---- monitoring ---------------------------------------------------------------------------------------

    @GetMapping("/monitoring/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("monitoring", monitoring.get(me, id));
        model.addAttribute("obligations", obligations.forMonitoring(me, id));
        model.addAttribute("canEdit", me.role() == Role.BAS);
        return "compliance/monitoring";
    }

    @GetMapping("/monitoring/{id}/obligations/new")
    String newObligation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return obligationForm(me, id, FormState.of("obligation", Map.of("orderedOn", AgencyTime.today().toString())),
                model);
    }

    @PostMapping("/monitoring/{id}/obligations")
    String addObligation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @RequestParam Map<String, String> fields, Model model) {
        try {
            UUID obligationId = obligations.add(me, id, forms.bind(fields, ObligationData.class));
            return "redirect:/obligations/" + obligationId + "?added";
        } catch (InvalidInput e) {
            return obligationForm(me, id, FormState.refused("obligation", fields, e.errors()), model);
        }
    }

    private String obligationForm(CurrentUser me, UUID id, FormState form, Model model) {
        Monitoring m = monitoring.get(me, id);
        if (!m.running()) {
            return "redirect:/monitoring/" + id;
        }
        model.addAttribute("monitoring", m);
        model.addAttribute("form", form);
        model.addAttribute("sources", ObligationSource.values());
        model.addAttribute("injunctionKinds", InjunctionKind.values());
        return "compliance/obligation-new";
    }

    /** Ending monitoring is a step of its own that asks to confirm, apart from the everyday tasks. */
    @GetMapping("/monitoring/{id}/end")
    String confirmEnd(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return endForm(me, id, FormState.of("end", Map.of("endedOn", AgencyTime.today().toString())), model);
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
            return endForm(me, id, FormState.refused("end", fields, e.errors()), model);
        }
    }

    private String endForm(CurrentUser me, UUID id, FormState form, Model model) {
        Monitoring m = monitoring.get(me, id);
        if (!m.running()) {
            return "redirect:/monitoring/" + id;
        }
        model.addAttribute("monitoring", m);
        model.addAttribute("obligationCount", obligations.forMonitoring(me, id).size());
        model.addAttribute("form", form);
        return "compliance/monitoring-end";
    }

    // ---- an obligation and its tasks ------------------------------------------------------------------------

    @GetMapping("/obligations/{id}")
    String obligation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        Obligation o = obligations.get(me, id);
        model.addAttribute("obligation", o);
        model.addAttribute("canEdit", me.role() == Role.BAS);
        model.addAttribute("canDocument", o.firearm() != null && workerContacts.canDocument(me, o.caseId()));
        return "compliance/obligation";
    }

    @GetMapping("/obligations/{id}/checks/new")
    String newCheck(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return task(me, id, "check", Map.of("checkedOn", today()), Map.of(), model);
    }

    @PostMapping("/obligations/{id}/checks")
    String check(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                 @RequestParam(value = "file", required = false) MultipartFile file, Model model) {
        return submit(me, id, "check", fields, model,
                () -> obligations.check(me, id, forms.bind(fields, CheckData.class), Upload.of(file)));
    }

    @GetMapping("/obligations/{id}/firearm-contacts/new")
    String newContact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return task(me, id, "contact", Map.of("contactedOn", today()), Map.of(), model);
    }

    @PostMapping("/obligations/{id}/firearm-contacts")
    String contact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   Model model) {
        return submit(me, id, "contact", fields, model,
                () -> obligations.addContact(me, id, forms.bind(fields, FirearmContactData.class)));
    }

    @GetMapping("/obligations/{id}/firearm-outcome")
    String newOutcome(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return task(me, id, "outcome", Map.of("confirmedOn", today()), Map.of(), model);
    }

    @PostMapping("/obligations/{id}/firearm-outcome")
    String outcome(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   Model model) {
        return submit(me, id, "outcome", fields, model,
                () -> obligations.recordOutcome(me, id, forms.bind(fields, FirearmOutcomeData.class)));
    }

    @GetMapping("/obligations/{id}/escalations/new")
    String newEscalation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return task(me, id, "escalation", Map.of("escalatedOn", today()), Map.of(), model);
    }

    @PostMapping("/obligations/{id}/escalations")
    String escalate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                    Model model) {
        return submit(me, id, "escalation", fields, model,
                () -> obligations.escalate(me, id, forms.bind(fields, EscalationData.class)));
    }

    @GetMapping("/escalations/{id}/response")
    String newResponse(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam UUID obligationId,
                       Model model) {
        return task(me, obligationId, "response", Map.of("respondedOn", today()), Map.of("escalationId", id), model);
    }

    @PostMapping("/escalations/{id}/response")
    String respond(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> fields,
                   @RequestParam UUID obligationId, Model model) {
        try {
            UUID of = obligations.respond(me, id, forms.bind(fields, EscalationResponse.class));
            return "redirect:/obligations/" + of + "?saved=response";
        } catch (InvalidInput e) {
            return task(me, obligationId, "response", fields, Map.of("escalationId", id, "errors", e.errors()), model);
        }
    }

    @GetMapping("/obligations/{id}/firearm-worker-contacts/new")
    String newWorkerContact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return task(me, id, "workerContact", Map.of("contactedOn", today()), Map.of(), model);
    }

    @PostMapping("/obligations/{id}/firearm-worker-contacts")
    String workerContact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @RequestParam Map<String, String> fields, Model model) {
        return submit(me, id, "workerContact", fields, model,
                () -> workerContacts.document(me, id, forms.bind(fields, WorkerContactData.class)));
    }

    @GetMapping("/checks/{id}/attachment")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        Download a = obligations.attachment(me, id);
        return Downloads.attachment(a.name(), a.contentType(), a.content());
    }

    /** Runs one task's form; on a broken rule its page comes back with the errors, else the obligation says so. */
    private String submit(CurrentUser me, UUID obligationId, String task, Map<String, String> fields, Model model,
                          Runnable action) {
        try {
            action.run();
            return "redirect:/obligations/" + obligationId + "?saved=" + task;
        } catch (InvalidInput e) {
            return task(me, obligationId, task, fields, Map.of("errors", e.errors()), model);
        }
    }

    /**
     * The page of one task of an obligation: its summary and the task's form, with the values typed and, when
     * {@code extra} holds "errors", their errors; "escalationId" names the escalation a response answers.
     */
    @SuppressWarnings("unchecked")
    private String task(CurrentUser me, UUID obligationId, String task, Map<String, String> values,
                        Map<String, Object> extra, Model model) {
        Obligation o = task.equals("workerContact") ? workerContacts.requireDocumentable(me, obligationId)
                : obligations.get(me, obligationId);
        boolean firearmTask = !task.equals("check");
        // a check dated in a quarter whose STOP BAS report was submitted is refused until it says why it comes now
        model.addAttribute("amendmentReasons", org.tutela.shared.SubmittedPeriods.AmendmentReason.values());
        if (firearmTask && o.firearm() == null) {
            throw new RecordNotFound();
        }
        if (extra.get("escalationId") instanceof UUID escalationId) {
            model.addAttribute("escalation", o.firearm().escalations().stream()
                    .filter(e -> e.id().equals(escalationId)).findFirst().orElseThrow(RecordNotFound::new));
        }
        List<InvalidInput.FieldError> errors = (List<InvalidInput.FieldError>) extra.getOrDefault("errors", List.of());
        if (task.equals("outcome") && errors.isEmpty() && !o.firearm().workerContacts().isEmpty()) {
            // a follow-up the case's professionals documented here is documented: the BAS may still say otherwise
            values = new java.util.HashMap<>(values);
            values.putIfAbsent("professionalDocumented", "true");
        }
        model.addAttribute("obligation", o);
        model.addAttribute("task", task);
        model.addAttribute("form", errors.isEmpty() ? FormState.of(task, values) : FormState.refused(task, values, errors));
        model.addAttribute("informationSources", InformationSource.values());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("parties", ContactParty.values());
        model.addAttribute("outcomes", FirearmOutcome.values());
        model.addAttribute("workerParties", WorkerContactParty.values());
        model.addAttribute("workerOutcomes", WorkerContactOutcome.values());
        return "compliance/obligation-task";
    }

    private static String today() {
        return AgencyTime.today().toString();
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
