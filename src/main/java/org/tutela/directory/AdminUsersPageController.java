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
import org.tutela.shared.AgencyTime;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Refused;

/**
 * Administrators' pages for users: the list and a new user (never with a password: the page shows the user's
 * one-time link, once), and one user's page, where each action stands apart from the others and says, once saved,
 * what it did and what comes next: their role and organization, unlocking their sign-in, resetting their password,
 * and disabling them or enabling them again. Disabling and resetting a password are confirmed first, so that neither
 * is one careless click. Nobody acts on their own account here: the page shows it without its actions, and the
 * module refuses them anyway.
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

    /** One user's role and organization, as the change form edits them. */
    public static class AccessForm {
        private Role role;
        private UUID organizationId;

        static AccessForm of(UserAccount user) {
            AccessForm form = new AccessForm();
            form.role = user.role();
            form.organizationId = user.organizationId();
            return form;
        }

        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public UUID getOrganizationId() { return organizationId; }
        public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
    }

    /** Disabling, confirmed. */
    public static class DisableForm {
        private boolean confirmDisable;

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
            return user(me, created.userId(), AccessForm.of(administration.account(created.userId())), model);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
            return list(form, model);
        } catch (DuplicateKeyException e) {
            binding.rejectValue("username", "users.error.usernameTaken");
            return list(form, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return user(me, id, AccessForm.of(administration.account(id)), model);
    }

    /** The role and organization: at once, or as a request that waits for someone else's approval. */
    @PostMapping("/admin/users/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @ModelAttribute("access") AccessForm form, BindingResult binding, Model model) {
        UserAccount user = administration.account(id);
        if (!binding.hasFieldErrors("role") && form.getRole() == null) {
            binding.rejectValue("role", "user.error.roleMissing");
        }
        if (!binding.hasFieldErrors("organizationId") && form.getOrganizationId() == null) {
            binding.rejectValue("organizationId", "user.error.organizationMissing");
        }
        if (binding.hasErrors()) {
            return user(me, id, form, model);
        }
        try {
            UserAdministration.Outcome outcome = administration.change(me, id,
                    new UserAdministration.Changes(form.getRole(), form.getOrganizationId(), null));
            return "redirect:/admin/users/" + id + "?" + switch (outcome) {
                case APPLIED -> user.enabled() ? "applied" : "appliedDisabled";
                case PENDING -> "pending";
                case UNCHANGED -> "unchanged";
            };
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
        } catch (Refused e) {
            model.addAttribute("refused", e.getMessage());
        }
        return user(me, id, form, model);
    }

    /** Disables the user at once (confirmed first): their sessions, API tokens and calendar feed end. */
    @PostMapping("/admin/users/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @ModelAttribute("disable") DisableForm form, BindingResult binding, Model model) {
        UserAccount user = administration.account(id);
        if (!form.isConfirmDisable()) {
            model.addAttribute("disableError", true);
            return user(me, id, AccessForm.of(user), model);
        }
        try {
            UserAdministration.Outcome outcome = administration.change(me, id,
                    new UserAdministration.Changes(null, null, false));
            return "redirect:/admin/users/" + id + "?" + (outcome == UserAdministration.Outcome.UNCHANGED
                    ? "unchanged" : "disabled");
        } catch (Refused e) {
            model.addAttribute("refused", e.getMessage());
        }
        return user(me, id, AccessForm.of(user), model);
    }

    /**
     * Enables the user again: at once for a role that reads no case, otherwise as a request that someone else
     * approves (a disabled user reads nothing, so enabling gives access back).
     */
    @PostMapping("/admin/users/{id}/enable")
    String enable(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        UserAccount user = administration.account(id);
        try {
            UserAdministration.Outcome outcome = administration.change(me, id,
                    new UserAdministration.Changes(null, null, true));
            return "redirect:/admin/users/" + id + "?" + switch (outcome) {
                case APPLIED -> "enabled";
                case PENDING -> "enablePending";
                case UNCHANGED -> "unchanged";
            };
        } catch (Refused e) {
            model.addAttribute("refused", e.getMessage());
        }
        return user(me, id, AccessForm.of(user), model);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        try {
            administration.unlock(me, id);
            return "redirect:/admin/users/" + id + "?unlocked";
        } catch (Refused e) {
            model.addAttribute("refused", e.getMessage());
        }
        return user(me, id, AccessForm.of(administration.account(id)), model);
    }

    /** Shows the new link once, on this answer: it is never stored, not even in the session. */
    @PostMapping("/admin/users/{id}/password-reset")
    String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @ModelAttribute("reset") ResetForm form, BindingResult binding, Model model) {
        if (!form.isConfirmReset()) {
            model.addAttribute("resetError", true);
        } else {
            // a version that does not parse matches none: nothing is reset
            Integer version = binding.hasErrors() ? Integer.valueOf(-1) : form.getPasswordVersion();
            try {
                link(administration.resetPassword(me, id, version).link(), model);
                model.addAttribute("resetDone", true);
            } catch (Refused e) {
                model.addAttribute("refused", e.getMessage());
            }
        }
        return user(me, id, AccessForm.of(administration.account(id)), model);
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

    private String user(CurrentUser me, UUID id, AccessForm form, Model model) {
        UserAccount user = administration.account(id);
        model.addAttribute("user", user);
        model.addAttribute("self", me.id().equals(id));
        model.addAttribute("zone", AgencyTime.ZONE);
        model.addAttribute("access", form);
        if (!model.containsAttribute("disable")) {
            model.addAttribute("disable", new DisableForm());
        }
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("roles", Role.values());
        return "directory/user";
    }
}
