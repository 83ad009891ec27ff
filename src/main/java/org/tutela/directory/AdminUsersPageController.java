package org.tutela.directory;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;

@Controller
class AdminUsersPageController {

    /** The new-user form's fields. */
    public static class UserForm {
        private String username;
        private String displayName;
        private Role role;
        private UUID organizationId;
        private String password;

        NewUser toNewUser() {
            return new NewUser(username == null ? null : username.trim().toLowerCase(), displayName, role,
                    organizationId, password);
        }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public UUID getOrganizationId() { return organizationId; }
        public void setOrganizationId(UUID organizationId) { this.organizationId = organizationId; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    private final UserDirectory directory;
    private final InputValidation validation;

    AdminUsersPageController(UserDirectory directory, InputValidation validation) {
        this.directory = directory;
        this.validation = validation;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return page(new UserForm(), model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(form, model);
        }
        NewUser user = form.toNewUser();
        validation.violations(user).forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
        if (binding.hasErrors()) {
            return page(form, model);
        }
        try {
            directory.createUser(user);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> binding.rejectValue(err.field(), "invalid", err.message()));
            return page(form, model);
        } catch (DuplicateKeyException e) {
            binding.rejectValue("username", "taken", "is already taken");
            return page(form, model);
        }
        return "redirect:/admin/users?created=" + user.username();
    }

    private String page(UserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("users", directory.users());
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("roles", Role.values());
        return "directory/users";
    }
}
