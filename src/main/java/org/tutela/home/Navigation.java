package org.tutela.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;

/** The navigation of every page, by role: only what the role may open. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    record Item(String href, String label) {
    }

    static List<Item> items(Role role) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("/", "nav.home"));
        switch (role) {
            case CPI, CASE_MANAGER, SUPERVISOR, BAS -> {
                items.add(new Item("/cases", "nav.cases"));
                items.add(new Item("/consultations", "nav.consultations"));
                items.add(new Item("/monitoring", "nav.monitoring"));
                if (role != Role.BAS) {
                    items.add(new Item("/bip", "nav.bip")); // the BAS's: from compliance monitoring (a full header)
                }
                if (role == Role.BAS) {
                    items.add(new Item("/calendar", "nav.calendar"));
                    items.add(new Item("/trainings", "nav.trainings"));
                    items.add(new Item("/meetings", "nav.meetings"));
                    items.add(new Item("/reports/stop-bas", "nav.stopBas"));
                }
                if (role == Role.SUPERVISOR) {
                    items.add(new Item("/meeting-places", "nav.places"));
                    items.add(new Item("/approvals", "nav.approvals"));
                }
            }
            // E.1, C.1.2, C.1.6: contract managers and program leaders judge the providers by the STOP BAS report and
            // the records behind it; the advocates see the cases of the survivors referred to them, answer the
            // referrals, keep the releases and the meetings with the BAS
            case DV_ADVOCATE, CONTRACT_MANAGER, PROGRAM_LEADER -> {
                if (role != Role.DV_ADVOCATE) {
                    items.add(new Item("/reports/stop-bas", "nav.stopBas"));
                } else {
                    items.add(new Item("/cases", "nav.cases"));
                    items.add(new Item("/advocacy", "nav.advocacy"));
                }
                items.add(new Item("/trainings", "nav.trainings"));
                items.add(new Item("/meetings", "nav.meetings"));
            }
            case ADMIN -> {
                items.add(new Item("/admin/users", "nav.users"));
                items.add(new Item("/admin/organizations", "nav.organizations"));
                items.add(new Item("/approvals", "nav.approvals"));
                items.add(new Item("/admin/audit", "nav.audit"));
                items.add(new Item("/meeting-places", "nav.places"));
            }
            // seed 001: a BIP provider's portal, its referrals, groups and reports
            case BIP_PROVIDER -> {
                items.add(new Item("/bip", "nav.bip"));
                items.add(new Item("/bip/groups", "nav.bipGroups"));
            }
            default -> {
            }
        }
        return items;
    }

    @ModelAttribute
    void addNavigation(org.springframework.ui.Model model, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser me) {
            model.addAttribute("me", me);
            model.addAttribute("navigation", items(me.role()));
            // the BAS and the child welfare professionals of a case: consultations, monitoring, court brief
            model.addAttribute("practiceReader", Role.CASE_PRACTICE.contains(me.role()));
        }
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("uiLanguages", org.tutela.shared.Languages.CODES);
        // where the language menu brings the user back to: this page, as it was asked for
        model.addAttribute("returnTo", request.getRequestURI()
                + (request.getQueryString() == null || !"GET".equals(request.getMethod()) ? "" : "?" + request.getQueryString()));
    }
}
