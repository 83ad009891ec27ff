package org.tutela.consent.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.access.CaseAccess;
import org.tutela.consent.Advocacy;
import org.tutela.consent.OutcomeData;
import org.tutela.consent.Referral;
import org.tutela.consent.ReferralData;
import org.tutela.consent.ReferralOutcome;
import org.tutela.consent.ReleaseData;
import org.tutela.consent.ReleasePurpose;
import org.tutela.consent.RevocationData;
import org.tutela.consent.RevocationReceived;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.documents.Upload;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;

@Controller
class AdvocacyPageController {

    private final Advocacy advocacy;
    private final FormBinder forms;

    AdvocacyPageController(Advocacy advocacy, FormBinder forms) {
        this.advocacy = advocacy;
        this.forms = forms;
    }

    /** The case page's DV advocacy section (htmx): referrals as the user may see them, a BAS's enrollments. */
    @GetMapping("/cases/{id}/advocacy")
    String onCase(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return caseSection(me, id, FormState.empty("referral"), model);
    }

    @PostMapping("/cases/{id}/advocate-referrals")
    String refer(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                 @RequestParam Map<String, String> fields, Model model) {
        try {
            advocacy.refer(me, id, forms.bind(fields, ReferralData.class));
            return "redirect:/cases/" + id + "?referred#advocacy-heading";
        } catch (InvalidInput e) {
            model.addAttribute("failed", true);
            caseSection(me, id, FormState.refused("referral", fields, e.errors()), model);
            return "consent/referral-refused";
        }
    }

    /** The advocate's referrals and releases; for a BAS, the live releases of their center. */
    @GetMapping("/advocacy")
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        return page(me, null, model);
    }

    @PostMapping("/advocate-referrals/{id}/outcome")
    String outcome(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @RequestParam Map<String, String> fields, Model model) {
        try {
            advocacy.recordOutcome(me, id, forms.bind(fields, OutcomeData.class));
            return "redirect:/advocacy?answered#referrals";
        } catch (InvalidInput e) {
            return page(me, FormState.refused("outcome-" + id, fields, e.errors()), model);
        }
    }

    @PostMapping("/advocacy/releases")
    String record(@AuthenticationPrincipal CurrentUser me, @RequestParam Map<String, String> fields,
                  @RequestParam(required = false) List<String> purposes,
                  @RequestParam(required = false) List<String> scope,
                  @RequestParam(value = "file", required = false) MultipartFile file, Model model) {
        try {
            // the checkboxes come as lists: read apart from the other fields
            Map<String, String> single = new java.util.HashMap<>(fields);
            single.keySet().removeAll(List.of("purposes", "scope"));
            ReleaseData data = forms.bind(single, ReleaseData.class);
            data = new ReleaseData(data.survivorId(), enums("purposes", purposes, ReleasePurpose.class),
                    enums("scope", scope, CaseAccess.ReleaseScope.class), data.signedOn(), data.expiresOn());
            advocacy.recordRelease(me, data, Upload.of(file));
            return "redirect:/advocacy?recorded#releases";
        } catch (InvalidInput e) {
            // the ticks as they were, each list as one value (the page looks for each choice in it)
            Map<String, String> typed = new java.util.HashMap<>(fields);
            typed.put("purposes", purposes == null ? "" : String.join(",", purposes));
            typed.put("scope", scope == null ? "" : String.join(",", scope));
            return page(me, FormState.refused("release", typed, e.errors()), model);
        }
    }

    @PostMapping("/advocacy/releases/{id}/revocation")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        try {
            advocacy.revoke(me, id, forms.bind(fields, RevocationData.class));
            return "redirect:/advocacy?revoked#releases";
        } catch (InvalidInput e) {
            return page(me, FormState.refused("revoke-" + id, fields, e.errors()), model);
        }
    }

    private static <E extends Enum<E>> List<E> enums(String field, List<String> values, Class<E> type) {
        if (values == null) {
            return List.of();
        }
        try {
            return values.stream().map(v -> Enum.valueOf(type, v)).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "invalid.value");
        }
    }

    private String page(CurrentUser me, FormState failed, Model model) {
        boolean advocate = me.is(Role.DV_ADVOCATE);
        List<Referral> referrals = advocate ? advocacy.referralsOfCenter(me) : List.of();
        model.addAttribute("advocate", advocate);
        model.addAttribute("referrals", referrals);
        // a release is recorded for a survivor referred to the center whose referral is open or enrolled
        model.addAttribute("referable", referrals.stream().filter(r -> r.open()
                        || r.outcome() == ReferralOutcome.ENROLLED)
                .collect(java.util.stream.Collectors.toMap(Referral::survivorId, r -> r, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
        List<org.tutela.consent.Release> releases = advocacy.releases(me);
        model.addAttribute("releases", releases);
        // each row's small form, with the values and errors of the one refused
        Map<UUID, FormState> outcomeForms = new java.util.HashMap<>();
        referrals.forEach(r -> outcomeForms.put(r.id(), refusedOr(failed, "outcome-" + r.id(), "on")));
        Map<UUID, FormState> revokeForms = new java.util.HashMap<>();
        releases.forEach(r -> revokeForms.put(r.id(), refusedOr(failed, "revoke-" + r.id(), "revokedOn")));
        model.addAttribute("outcomeForms", outcomeForms);
        model.addAttribute("revokeForms", revokeForms);
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("purposes", ReleasePurpose.values());
        model.addAttribute("scopes", CaseAccess.ReleaseScope.values());
        model.addAttribute("received", RevocationReceived.values());
        model.addAttribute("today", AgencyTime.today());
        model.addAttribute("failed", failed);
        model.addAttribute("releaseForm", failed != null && failed.name().equals("release") ? failed
                : FormState.of("release", Map.of("signedOn", AgencyTime.today().toString())));
        return "consent/advocacy";
    }

    private static FormState refusedOr(FormState failed, String name, String dateField) {
        return failed != null && failed.name().equals(name) ? failed
                : FormState.of(name, Map.of(dateField, AgencyTime.today().toString()));
    }

    private String caseSection(CurrentUser me, UUID caseId, FormState form, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("referrals", advocacy.referralsOn(me, caseId));
        model.addAttribute("enrollments", advocacy.enrollments(me, caseId));
        model.addAttribute("survivors", advocacy.survivorsOf(me, caseId));
        boolean canRefer = me.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
        model.addAttribute("canRefer", canRefer);
        model.addAttribute("centers", canRefer ? advocacy.centersFor(caseId) : List.of());
        model.addAttribute("referralForm", form);
        return "consent/for-case :: advocacy";
    }
}
