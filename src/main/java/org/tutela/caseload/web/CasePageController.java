package org.tutela.caseload.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.access.CaseAccess;
import org.tutela.caseload.CaseFilter;
import org.tutela.caseload.CaseManagement;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.CaseView;
import org.tutela.caseload.Gender;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.caseload.Maltreatment;
import org.tutela.caseload.PersonData;
import org.tutela.caseload.PersonRole;
import org.tutela.caseload.PersonView;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.UserDirectory;
import org.tutela.directory.UserSummary;
import org.tutela.shared.EditConflict;
import java.util.Map;
import org.tutela.shared.FormErrors;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;
import org.tutela.shared.AgencyTime;

@Controller
class CasePageController {

    private static final int PAGE_SIZE = 20;

    private final CaseManagement cases;
    private final CaseAccess access;
    private final UserDirectory directory;

    CasePageController(CaseManagement cases, CaseAccess access, UserDirectory directory) {
        this.cases = cases;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/cases")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
                @RequestParam(required = false) Maltreatment maltreatment,
                @RequestParam(required = false) UUID worker,
                @RequestParam(required = false) Boolean unassigned,
                @RequestParam(required = false) Boolean open,
                @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CaseFilter filter = new CaseFilter(q, maltreatment, worker, Boolean.TRUE.equals(unassigned),
                Boolean.TRUE.equals(open));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("maltreatment", maltreatment);
        model.addAttribute("maltreatments", Maltreatment.values());
        model.addAttribute("filter", filter);
        // the worker's name, when they are a worker of the user's region; an id alone names nobody on the page
        model.addAttribute("workerName", worker == null ? null : directory.workersInRegion(me.regionId()).stream()
                .filter(u -> u.id().equals(worker)).map(u -> u.displayName()).findFirst().orElse(null));
        model.addAttribute("results", cases.search(me, filter, PageOf.page(page), PAGE_SIZE));
        model.addAttribute("canCreate", access.canCreateCase(me));
        return htmx != null ? "caseload/list :: results" : "caseload/list";
    }

    @GetMapping("/cases/new")
    String newCase(@AuthenticationPrincipal CurrentUser me, Model model) {
        CaseForm form = new CaseForm();
        form.setIntakeDate(AgencyTime.today());
        form.setAssignedUserIds(new java.util.ArrayList<>(List.of(me.id())));
        form.setOrganizationId(me.organizationId());
        return caseForm(me, form, null, model);
    }

    @PostMapping("/cases")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") CaseForm form,
                  BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return caseForm(me, form, null, model);
        }
        try {
            UUID id = cases.create(me, form.toData());
            return "redirect:/cases/" + id + "?created";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
        } catch (DuplicateKeyException e) {
            binding.rejectValue("caseNumber", "invalid.case.numberTaken");
        }
        return caseForm(me, form, null, model);
    }

    @GetMapping("/cases/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        CaseView view = cases.get(me, id);
        model.addAttribute("case", view);
        model.addAttribute("canEdit", access.canEditCase(me));
        return "caseload/detail";
    }

    @GetMapping("/cases/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        CaseView view = cases.get(me, id);
        return caseForm(me, CaseForm.of(cases.caseData(me, id), view.version()), view, model);
    }

    @PostMapping("/cases/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") CaseForm form,
                  BindingResult binding, Model model) {
        CaseView view = cases.get(me, id);
        if (binding.hasErrors()) {
            return caseForm(me, form, view, model);
        }
        try {
            cases.update(me, id, form.toData(), form.getVersion(), false);
            return "redirect:/cases/" + id + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
        } catch (DuplicateKeyException e) {
            binding.rejectValue("caseNumber", "invalid.case.numberTaken");
        } catch (EditConflict e) {
            binding.reject("conflict", e.getMessage());
        }
        return caseForm(me, form, view, model);
    }

    private String caseForm(CurrentUser me, CaseForm form, CaseView existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("maltreatments", Maltreatment.values());
        model.addAttribute("organizations", directory.organizations().stream()
                .filter(o -> o.regionId().equals(me.regionId()))
                .filter(o -> o.type() == OrganizationType.DCF || o.type() == OrganizationType.CBC
                        || o.type() == OrganizationType.CMO).toList());
        List<UserSummary> workers = directory.workersInRegion(me.regionId());
        List<UUID> assigned = form.getAssignedUserIds() == null ? List.of() : form.getAssignedUserIds();
        model.addAttribute("workers", workers);
        model.addAttribute("selectedWorkers", workers.stream().filter(w -> assigned.contains(w.id())).toList());
        model.addAttribute("otherWorkers", workers.stream().filter(w -> !assigned.contains(w.id())).toList());
        return "caseload/form";
    }

    /**
     * The assigned-workers picker's search (htmx): the workers the case form offers (enabled CPIs, case managers and
     * supervisors of the user's region, nobody else) whose name holds every word typed, after the ones ticked.
     */
    @GetMapping("/cases/assignable-workers")
    String assignableWorkers(@AuthenticationPrincipal CurrentUser me,
                             @RequestParam(required = false) String workerQuery,
                             @RequestParam(required = false) List<UUID> assignedUserIds, Model model) {
        List<UUID> assigned = assignedUserIds == null ? List.of() : assignedUserIds;
        List<UserSummary> matching = directory.workersInRegion(me.regionId(), workerQuery);
        model.addAttribute("selectedWorkers", directory.workersInRegion(me.regionId()).stream()
                .filter(w -> assigned.contains(w.id())).toList());
        model.addAttribute("otherWorkers", matching.stream().filter(w -> !assigned.contains(w.id())).toList());
        model.addAttribute("workerQuery", workerQuery == null ? "" : workerQuery.trim());
        model.addAttribute("matches", matching.size());
        return "caseload/form :: workerSearchResults";
    }

    @GetMapping("/cases/{id}/history")
    String caseHistory(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        CaseView view = cases.get(me, id);
        model.addAttribute("subject", view.caseNumber());
        model.addAttribute("caseId", id);
        model.addAttribute("changes", cases.caseHistory(me, id));
        return "caseload/history";
    }

    // ---- people -------------------------------------------------------------------------------------------

    @GetMapping("/cases/{id}/people/new")
    String newPerson(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                     @RequestParam(required = false) PersonRole role, Model model) {
        CaseView view = cases.get(me, id);
        PersonForm form = new PersonForm();
        // the home page links a case's missing perpetrator or child straight to this form in that role
        form.setRole(role == null ? PersonRole.SURVIVOR : role);
        return personForm(form, view, null, model);
    }

    @PostMapping("/cases/{id}/people")
    String addPerson(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                     @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        CaseView view = cases.get(me, id);
        if (binding.hasErrors()) {
            return personForm(form, view, null, model);
        }
        try {
            cases.addPerson(me, id, form.toData());
            return "redirect:/cases/" + id + "?personAdded";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
            return personForm(form, view, null, model);
        }
    }

    @GetMapping("/people/{id}/edit")
    String editPerson(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        PersonView person = cases.person(me, id);
        PersonData data = cases.personData(me, id);
        return personForm(PersonForm.of(data, person.version()), cases.get(me, person.caseId()), person, model);
    }

    @PostMapping("/people/{id}")
    String updatePerson(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                        @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        PersonView person = cases.person(me, id);
        CaseView view = cases.get(me, person.caseId());
        if (binding.hasErrors()) {
            return personForm(form, view, person, model);
        }
        try {
            cases.updatePerson(me, id, form.toData(), form.getVersion(), false);
            return "redirect:/cases/" + person.caseId() + "?personSaved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
        } catch (EditConflict e) {
            binding.reject("conflict", e.getMessage());
        }
        return personForm(form, view, person, model);
    }

    @GetMapping("/people/{id}/history")
    String personHistory(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        PersonView person = cases.person(me, id);
        model.addAttribute("subject", person.name());
        model.addAttribute("caseId", person.caseId());
        model.addAttribute("changes", cases.personHistory(me, id));
        return "caseload/history";
    }

    private String personForm(PersonForm form, CaseView view, PersonView existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("case", view);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("languages", SpokenLanguage.values());
        return "caseload/person-form";
    }
}
