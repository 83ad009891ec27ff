package org.tutela.consultation.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.caseload.CaseManagement;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.Consultation;
import org.tutela.consultation.ConsultationFilter;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationMode;
import org.tutela.consultation.ConsultationRules;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.shared.EditConflict;
import java.util.Map;
import org.tutela.shared.FormErrors;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;
import org.tutela.shared.AgencyTime;

@Controller
class ConsultationPageController {

    private final ConsultationLog log;
    private final CaseManagement cases;
    private final UserDirectory directory;

    private final SubmittedPeriods submitted;

    ConsultationPageController(ConsultationLog log, CaseManagement cases, UserDirectory directory,
                               SubmittedPeriods submitted) {
        this.submitted = submitted;
        this.log = log;
        this.cases = cases;
        this.directory = directory;
    }

    @GetMapping("/consultations")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String caseNumber,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) OrganizationType agencyType,
                @RequestParam(required = false) ComplianceAnswer complianceMonitoring,
                @RequestParam(required = false) YesNo guidedSafetyActions,
                @RequestParam(required = false) Integer page, Model model) {
        UUID caseId = null;
        boolean unknownCase = false;
        if (caseNumber != null && !caseNumber.isBlank()) {
            Optional<UUID> found = cases.findByNumber(me, caseNumber);
            caseId = found.orElse(null);
            unknownCase = found.isEmpty();
        }
        PageOf<Consultation> results = unknownCase ? new PageOf<>(java.util.List.of(), 0, 50, 0)
                : log.list(me, new ConsultationFilter(caseId, from, to, agencyType, complianceMonitoring,
                guidedSafetyActions), PageOf.page(page), 50);
        model.addAttribute("results", results);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("unknownCase", unknownCase);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("agencyType", agencyType);
        model.addAttribute("complianceMonitoring", complianceMonitoring);
        model.addAttribute("guidedSafetyActions", guidedSafetyActions);
        model.addAttribute("agencyTypes", new OrganizationType[] {OrganizationType.DCF, OrganizationType.CBC, OrganizationType.CMO});
        model.addAttribute("complianceAnswers", ComplianceAnswer.values());
        model.addAttribute("yesNo", YesNo.values());
        model.addAttribute("canLog", me.role() == Role.BAS);
        return "consultation/list";
    }

    @GetMapping("/cases/{id}/consultations")
    String forCase(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("caseConsultations", log.list(me, new ConsultationFilter(id, null, null, null, null, null), 0, 100));
        model.addAttribute("caseId", id);
        model.addAttribute("canLog", me.role() == Role.BAS);
        return "consultation/for-case :: consultations";
    }

    @GetMapping("/consultations/new")
    String newConsultation(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) UUID caseId,
                           Model model) {
        ConsultationForm form = new ConsultationForm();
        form.setConsultedOn(AgencyTime.today());
        if (caseId != null) {
            form.setCaseNumber(cases.get(me, caseId).caseNumber());
        }
        return form(me, form, null, model);
    }

    @PostMapping("/consultations")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") ConsultationForm form,
                  BindingResult binding, Model model) {
        Optional<UUID> caseId = resolveCase(me, form, binding);
        if (binding.hasErrors() || caseId.isEmpty()) {
            return form(me, form, null, model);
        }
        try {
            UUID id = log.log(me, form.toData(caseId.get()));
            return "redirect:/consultations/" + id + "?logged";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of("caseId", "caseNumber"));
            return form(me, form, null, model);
        }
    }

    @GetMapping("/consultations/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("consultation", log.get(me, id));
        model.addAttribute("canEdit", me.role() == Role.BAS);
        return "consultation/detail";
    }

    @GetMapping("/consultations/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        Consultation c = log.get(me, id);
        return form(me, ConsultationForm.of(c.caseNumber(), c.data(), c.version()), c, model);
    }

    @PostMapping("/consultations/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @ModelAttribute("form") ConsultationForm form, BindingResult binding, Model model) {
        Consultation existing = log.get(me, id);
        form.setCaseNumber(existing.caseNumber());
        if (binding.hasErrors()) {
            return form(me, form, existing, model);
        }
        try {
            log.update(me, id, form.toData(existing.caseId()), form.getVersion(), false);
            return "redirect:/consultations/" + id + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of("caseId", "caseNumber"));
        } catch (EditConflict e) {
            binding.reject("conflict", e.getMessage());
        }
        return form(me, form, existing, model);
    }

    /**
     * The consulted professional's picker (htmx): the child welfare professionals among Tutela's users of the BAS's
     * region, at the agencies the form offers, whose name holds every word typed (at most 10; none for no words).
     */
    @GetMapping("/consultations/professionals")
    String professionals(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String professionalQuery,
                         Model model) {
        String query = professionalQuery == null ? "" : professionalQuery.trim();
        java.util.Set<UUID> agencies = agencies(me).stream().map(org.tutela.directory.Organization::id)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("professionals", query.isEmpty() ? java.util.List.of()
                : directory.workersInRegion(me.regionId(), query).stream()
                .filter(u -> agencies.contains(u.organizationId())).limit(10).toList());
        model.addAttribute("professionalQuery", query);
        return "consultation/form :: professionalResults";
    }

    private java.util.List<org.tutela.directory.Organization> agencies(CurrentUser me) {
        return directory.organizations().stream()
                .filter(o -> o.regionId().equals(me.regionId()))
                .filter(o -> o.type() == OrganizationType.DCF || o.type() == OrganizationType.CBC
                        || o.type() == OrganizationType.CMO).toList();
    }

    private Optional<UUID> resolveCase(CurrentUser me, ConsultationForm form, BindingResult binding) {
        if (form.getCaseNumber() == null || form.getCaseNumber().isBlank()) {
            binding.rejectValue("caseNumber", "invalid.required");
            return Optional.empty();
        }
        Optional<UUID> found = cases.findByNumber(me, form.getCaseNumber());
        if (found.isEmpty()) {
            binding.rejectValue("caseNumber", "invalid.consultation.unknownCase");
        }
        return found;
    }

    private String form(CurrentUser me, ConsultationForm form, Consultation existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("organizations", agencies(me));
        model.addAttribute("professionals", java.util.List.of());
        model.addAttribute("professionalQuery", "");
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("complianceAnswers", ComplianceAnswer.values());
        model.addAttribute("yesNo", YesNo.values());
        model.addAttribute("monitoringSentence", ConsultationRules.MONITORING_SENTENCE);
        model.addAttribute("guidanceSentences", ConsultationRules.GUIDANCE_SENTENCES);
        // a consultation of a submitted quarter asks why it changes at once; a new one, or a date moved into one, when
        // the save is refused for want of a reason
        submitted.askReason(model, me.organizationId(), existing == null ? null : existing.consultedOn());
        return "consultation/form";
    }
}
