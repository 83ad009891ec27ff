package org.tutela.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPageController {

    /** {@code wait}: the seconds of a sign-in delay (only a number is shown: the address is the page's own). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String wait, Model model) {
        if (wait != null) {
            model.addAttribute("waitSeconds", wait.matches("\\d{1,5}") ? Integer.parseInt(wait) : 1);
        }
        return "login";
    }
}
