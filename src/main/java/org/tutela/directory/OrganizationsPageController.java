package org.tutela.directory;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.shared.EditConflict;
import org.tutela.shared.FormErrors;
import org.tutela.shared.InvalidInput;

/**
 * Administrators' pages for organizations: the list with how many users each has, a new organization, and one
 * organization's name, type and region with its users. A save says what it did; a refused one shows every error
 * next to its field.
 */
@Controller
class OrganizationsPageController {

    /** An organization's fields, as the new and the change form edit them. */
    public static class OrganizationForm {
        private String name;
        private OrganizationType type;
        private UUID regionId;
        private Integer version;

        static OrganizationForm of(Organizations.Listing o) {
            OrganizationForm form = new OrganizationForm();
            form.name = o.name();
            form.type = o.type();
            form.regionId = o.regionId();
            form.version = o.version();
            return form;
        }

        OrganizationData toData() {
            return new OrganizationData(name, type, regionId);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public OrganizationType getType() { return type; }
        public void setType(OrganizationType type) { this.type = type; }
        public UUID getRegionId() { return regionId; }
        public void setRegionId(UUID regionId) { this.regionId = regionId; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    private final Organizations organizations;

    OrganizationsPageController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/admin/organizations")
    String list(Model model) {
        OrganizationForm form = new OrganizationForm();
        var regions = organizations.regions();
        if (regions.size() == 1) {
            form.setRegionId(regions.get(0).id());
        }
        return list(form, model);
    }

    @PostMapping("/admin/organizations")
    String create(@ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model) {
        try {
            if (!binding.hasErrors()) {
                UUID id = organizations.create(form.toData());
                return "redirect:/admin/organizations/" + id + "?added";
            }
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, java.util.Map.of());
        }
        return list(form, model);
    }

    @GetMapping("/admin/organizations/{id}")
    String organization(@PathVariable UUID id, Model model) {
        return organization(id, OrganizationForm.of(organizations.get(id)), model);
    }

    @PostMapping("/admin/organizations/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, BindingResult binding,
                  Model model) {
        organizations.get(id);
        if (binding.hasErrors()) {
            return organization(id, form, model);
        }
        try {
            boolean changed = organizations.update(id, form.toData(), form.getVersion(), false);
            return "redirect:/admin/organizations/" + id + (changed ? "?saved" : "?unchanged");
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, java.util.Map.of());
            return organization(id, form, model);
        } catch (EditConflict e) {
            model.addAttribute("conflict", true);
            // the form shows the organization as it is now, not as it was sent
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            return organization(id, OrganizationForm.of(organizations.get(id)), model);
        }
    }

    private String list(OrganizationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organizations", organizations.list());
        model.addAttribute("regions", organizations.regions());
        model.addAttribute("types", OrganizationType.values());
        return "directory/organizations";
    }

    private String organization(UUID id, OrganizationForm form, Model model) {
        model.addAttribute("organization", organizations.get(id));
        model.addAttribute("members", organizations.users(id));
        model.addAttribute("form", form);
        model.addAttribute("regions", organizations.regions());
        model.addAttribute("types", OrganizationType.values());
        return "directory/organization";
    }
}
