package org.tutela.home;

import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.compliance.Obligations;
import org.tutela.consultation.ConsultationLog;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.shared.AgencyTime;

/** Each role lands here, on a page that says what it can do today. */
@Controller
class HomePageController {

    private final ConsultationLog consultations;
    private final Obligations obligations;
    private final UserDirectory directory;

    HomePageController(ConsultationLog consultations, Obligations obligations, UserDirectory directory) {
        this.consultations = consultations;
        this.obligations = obligations;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("roleKey", "home." + me.role().name());
        // supervisors and administrators: the grants of a role that wait for their decision
        model.addAttribute("grantsAwaiting", directory.grantsAwaiting(me));
        if (me.role() == Role.BAS) {
            model.addAttribute("measures", consultations.quarter(me, AgencyTime.today()));
            model.addAttribute("followUps", consultations.openFollowUps(me));
            model.addAttribute("firearmFollowUps", obligations.firearmFollowUps(me, false, null).stream()
                    .filter(f -> !f.resolved()).toList());
        }
        return "home/index";
    }
}
