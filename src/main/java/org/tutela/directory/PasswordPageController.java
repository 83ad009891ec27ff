package org.tutela.directory;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.shared.InvalidInput;

/**
 * The public page where a user sets their password through their one-time link. An unknown, used or expired link
 * answers the same neutral page; the link's secret is never logged nor put in another address.
 */
@Controller
class PasswordPageController {

    /** The form's fields; the token comes from the link's query on the first visit, then from a hidden field. */
    public static class PasswordForm {
        private String token;
        private String password;
        private String confirmation;

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }

    private final PasswordLinks links;

    PasswordPageController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form, Model model) {
        return page(links.username(form.getToken()), model);
    }

    @PostMapping("/account/password")
    String set(@ModelAttribute("form") PasswordForm form, BindingResult binding, Model model) {
        Optional<String> username = links.username(form.getToken());
        if (username.isEmpty()) {
            return page(username, model);
        }
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
            binding.rejectValue("confirmation", "invalid.password.different");
            return page(username, model);
        }
        try {
            if (!links.redeem(form.getToken(), form.getPassword())) {
                return page(Optional.empty(), model);
            }
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
            return page(username, model);
        }
        return "redirect:/login?passwordSet";
    }

    private static String page(Optional<String> username, Model model) {
        model.addAttribute("username", username.orElse(null));
        return "directory/password";
    }
}
