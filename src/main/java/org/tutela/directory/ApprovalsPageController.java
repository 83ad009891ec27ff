package org.tutela.directory;

import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Refused;

/**
 * Supervisors' and administrators' pages for grants: the list (their organization's, or all), and one grant to
 * review, which says what the user will see before it can be approved or refused.
 */
@Controller
class ApprovalsPageController {

    private final Grants grants;

    ApprovalsPageController(Grants grants) {
        this.grants = grants;
    }

    @GetMapping("/approvals")
    String approvals(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("grants", grants.visibleTo(me));
        return "directory/approvals";
    }

    @GetMapping("/approvals/{id}")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("grant", grants.get(me, id));
        return "directory/approval";
    }

    @PostMapping("/approvals/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  Model model) {
        Grants.Decision chosen = decision(decision);
        try {
            grants.decide(me, id, chosen, reason);
            return "redirect:/approvals?" + (chosen == Grants.Decision.APPROVE ? "approved" : "refused");
        } catch (InvalidInput e) {
            model.addAttribute("fieldErrors", e.errors().stream()
                    .collect(Collectors.toMap(InvalidInput.FieldError::field, InvalidInput.FieldError::message,
                            (a, b) -> a + "; " + b)));
        } catch (Refused e) {
            model.addAttribute("refused", e.getMessage());
        }
        model.addAttribute("reason", reason);
        return review(me, id, model);
    }

    private static Grants.Decision decision(String value) {
        try {
            return value == null || value.isBlank() ? null : Grants.Decision.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null; // refused as "must be APPROVE or REFUSE"
        }
    }
}
