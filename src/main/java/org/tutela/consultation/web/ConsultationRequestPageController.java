package org.tutela.consultation.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.consultation.ConsultationReason;
import org.tutela.consultation.ConsultationRequests;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.FormErrors;
import org.tutela.shared.InvalidInput;

@Controller
class ConsultationRequestPageController {

    private final ConsultationRequests requests;

    ConsultationRequestPageController(ConsultationRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/cases/{id}/consultation-requests/new")
    String newRequest(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return form(me, id, new ConsultationRequestForm(), model);
    }

    @PostMapping("/cases/{id}/consultation-requests")
    String request(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @ModelAttribute("form") ConsultationRequestForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(me, id, form, model);
        }
        try {
            requests.request(me, id, form.toData());
            return "redirect:/?consultationRequested=" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
            return form(me, id, form, model);
        }
    }

    private String form(CurrentUser me, UUID caseId, ConsultationRequestForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("asked", requests.caseAsked(me, caseId));
        model.addAttribute("reasons", ConsultationReason.values());
        model.addAttribute("noteMax", ConsultationRequests.NOTE_MAX);
        return "consultation/request-form";
    }
}
