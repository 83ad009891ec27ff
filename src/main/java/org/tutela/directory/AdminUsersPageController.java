package org.tutela.directory;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Refused;

/**
 * Administrators' pages for users: the list and a new user (never with a password: the page shows the user's
 * one-time link, once), and one user's role, organization and state, unlock and password reset. Disabling and
 * resetting a password are confirmed first, so that neither is one careless click.
 */
@Controller
class AdminUsersPageController {

    /** The new-user form's fields. */
    public static class UserForm {
        private String username;
        private String displayName;
        private Role role;
        private UUID organizationId;

        NewUser toNewUser() {
            return new NewUser(username == null ? null : username.trim().toLowerCase(), displayName, role,
                    organizationId);
        }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public UUID getOrganizationId() { return organizationId; }
        public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
    }

    /** One user's role, organization and state, as the change form edits them; disabling is confirmed. */
    public static class AccessForm {
        private Role role;
        private UUID organizationId;
        private boolean enabled;
        private boolean confirmDisable;

        static AccessForm of(UserAccount user) {
            AccessForm form = new AccessForm();
            form.role = user.role();
            form.organizationId = user.organizationId();
            form.enabled = user.enabled();
            return form;
        }

        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public UUID getOrganizationId() { return organizationId; }
        public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public boolean isConfirmDisable() { return confirmDisable; }
        public void setConfirmDisable(boolean confirmDisable) { this.confirmDisable = confirmDisable; }
    }

    /**
     * A password reset: confirmed, and naming the password version the page showed, so that the same form sent
     * twice (a reload of the page that shows the link) resets once.
     */
    public static class ResetForm {
        private boolean confirmReset;
        private Integer passwordVersion;

        public boolean isConfirmReset() { return confirmReset; }
        public void setConfirmReset(boolean confirmReset) { this.confirmReset = confirmReset; }
        public Integer getPasswordVersion() { return passwordVersion; }
        public void setPasswordVersion(Integer passwordVersion) { this.passwordVersion = passwordVersion; }
    }

    private final UserAdministration administration;
    private final UserDirectory directory;
    private final InputValidation validation;

    AdminUsersPageController(UserAdministration administration, UserDirectory directory, InputValidation validation) {
        this.administration = administration;
        this.directory = directory;
        this.validation = validation;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return list(new UserForm(), model);
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") UserForm form,
                  BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return list(form, model);
        }
        NewUser user = form.toNewUser();
        validation.violations(user).forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
        if (binding.hasErrors()) {
            return list(form, model);
        }
        try {
            UserAdministration.WithLink created = administration.create(me, user);
            model.addAttribute("created", true);
            link(created.link(), model);
            return user(created.userId(), AccessForm.of(administration.account(created.userId())), model);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
            return list(form, model);
        } catch (DuplicateKeyException e) {
            binding.rejectValue("username", "taken", "is already taken");
            return list(form, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable UUID id, Model model) {
        return user(id, AccessForm.of(administration.account(id)), model);
    }

    @PostMapping("/admin/users/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @ModelAttribute("access") AccessForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return user(id, form, model);
        }
        if (!form.isEnabled() && !form.isConfirmDisable() && administration.account(id).enabled()) {
            binding.rejectValue("confirmDisable", "required", "tick this to confirm: the user is signed out at once "
                    + "and cannot sign in until an administrator enables them and the grant is approved");
            return user(id, form, model);
        }
        try {
            UserAdministration.Outcome outcome = administration.change(me, id,
                    new UserAdministration.Changes(form.getRole(), form.getOrganizationId(), form.isEnabled()));
            String said = outcome == UserAdministration.Outcome.APPLIED && !form.isEnabled() ? "disabled"
                    : outcome.name().toLowerCase();
            return "redirect:/admin/users/" + id + "?" + said;
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
        } catch (Refused e) {
            binding.reject("refused", e.getMessage());
        }
        return user(id, form, model);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id) {
        administration.unlock(id);
        return "redirect:/admin/users/" + id + "?unlocked";
    }

    /** Shows the new link once, on this answer: it is never stored, not even in the session. */
    @PostMapping("/admin/users/{id}/password-reset")
    String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @ModelAttribute("reset") ResetForm form, BindingResult binding, Model model) {
        if (!form.isConfirmReset()) {
            model.addAttribute("resetError", "tick this to confirm the reset");
        } else {
            // a version that does not parse matches none: nothing is reset
            Integer version = binding.hasErrors() ? Integer.valueOf(-1) : form.getPasswordVersion();
            try {
                link(administration.resetPassword(me, id, version).link(), model);
            } catch (Refused e) {
                model.addAttribute("refused", e.getMessage());
            }
        }
        return user(id, AccessForm.of(administration.account(id)), model);
    }

    private static void link(PasswordLinks.Issued link, Model model) {
        model.addAttribute("passwordLink", link.url());
        model.addAttribute("passwordLinkExpiresAt", link.expiresAt());
    }

    private String list(UserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("users", administration.accounts());
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("roles", Role.values());
        return "directory/users";
    }

    private String user(UUID id, AccessForm form, Model model) {
        model.addAttribute("user", administration.account(id));
        model.addAttribute("access", form);
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("roles", Role.values());
        return "directory/user";
    }
}
