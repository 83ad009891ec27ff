package org.tutela.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.directory.CurrentUser;

/** Each role lands here, on a page that says what it can do today. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("roleKey", "home." + me.role().name());
        return "home/index";
    }
}
