package org.tutela.meeting.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Delivery;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Upload;
import org.tutela.meeting.ActionItemData;
import org.tutela.meeting.ActionStatus;
import org.tutela.meeting.AttendeeData;
import org.tutela.meeting.LeaderKind;
import org.tutela.meeting.Meeting;
import org.tutela.meeting.MeetingPdfs;
import org.tutela.meeting.MeetingType;
import org.tutela.meeting.Meetings;
import org.tutela.meeting.MemberData;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.Downloads;
import org.tutela.shared.EditConflict;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormErrors;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.shared.RecordNotFound;

@Controller
class MeetingPageController {

    private final Meetings meetings;
    private final SubmittedPeriods submitted;
    private final MeetingPdfs pdfs;
    private final FormBinder forms;
    private final FiscalYear fiscalYear;
    private final org.tutela.consent.Advocacy advocacy;

    MeetingPageController(Meetings meetings, MeetingPdfs pdfs, FormBinder forms, FiscalYear fiscalYear,
                          org.tutela.consent.Advocacy advocacy, SubmittedPeriods submitted) {
        this.advocacy = advocacy;
        this.submitted = submitted;
        this.meetings = meetings;
        this.pdfs = pdfs;
        this.forms = forms;
        this.fiscalYear = fiscalYear;
    }

    /** A quarter's cadence and meetings: each requirement held, missing or to come, the quarter's meetings below. */
    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String quarter,
                @RequestParam(required = false) UUID providerId, Model model) {
        FiscalQuarter current = fiscalYear.current();
        FiscalQuarter q = quarter == null || quarter.isBlank() ? current : fiscalYear.parse(quarter).orElse(null);
        boolean badQuarter = q == null;
        q = badQuarter ? current : q;
        List<Meetings.Provider> providers = meetings.providers(me);
        UUID provider = provider(me, providerId, providers);
        model.addAttribute("quarter", q);
        model.addAttribute("badQuarter", badQuarter);
        model.addAttribute("quarters", List.of(current.next(), current, current.previous(), current.previous()
                .previous(), current.previous().previous().previous()));
        model.addAttribute("providers", providers);
        model.addAttribute("provider", provider);
        model.addAttribute("cadence", provider == null ? null : meetings.cadence(me, provider, q.from(), q.to()));
        final UUID shown = provider;
        model.addAttribute("meetings", meetings.list(me, q.from(), q.to()).stream()
                .filter(m -> m.providerId().equals(shown)).toList());
        model.addAttribute("canKeep", meetings.canKeep(me));
        return "meeting/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) MeetingType type, Model model) {
        MeetingForm form = new MeetingForm();
        form.setType(type);
        form.setLengthMinutes(60);
        return form(form, null, model);
    }

    @PostMapping("/meetings")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") MeetingForm form,
                  BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(form, null, model);
        }
        try {
            return "redirect:/meetings/" + meetings.create(me, form.toData()) + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
            return form(form, null, model);
        }
    }

    @GetMapping("/meetings/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return detail(me, meetings.get(me, id), null, model);
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        Meeting m = meetings.get(me, id);
        return form(MeetingForm.of(m), m, model);
    }

    @PostMapping("/meetings/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model) {
        Meeting existing = meetings.get(me, id);
        if (binding.hasErrors()) {
            return form(form, existing, model);
        }
        try {
            meetings.update(me, id, form.toData(), form.getVersion() == null ? -1 : form.getVersion());
            return "redirect:/meetings/" + id + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
        } catch (EditConflict e) {
            binding.reject("conflict", e.getMessage());
        }
        return form(form, existing, model);
    }

    @PostMapping("/meetings/{id}/attendees")
    String attend(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        try {
            meetings.addAttendee(me, id, forms.bind(fields, AttendeeData.class));
            return "redirect:/meetings/" + id + "?attendee#attendees";
        } catch (InvalidInput e) {
            return detail(me, meetings.get(me, id), FormState.refused("attendee", fields, e.errors()), model);
        }
    }

    @PostMapping("/meetings/{id}/attendees/{attendeeId}/removal")
    String removeAttendee(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                          @PathVariable UUID attendeeId, @RequestParam(required = false) String amendmentReason,
                          Model model) {
        try {
            meetings.removeAttendee(me, id, attendeeId, SubmittedPeriods.AmendmentReason.parse(amendmentReason));
            return "redirect:/meetings/" + id + "?removed#attendees";
        } catch (InvalidInput e) {
            return detail(me, meetings.get(me, id), FormState.refused("attendee", Map.of(), e.errors()), model);
        }
    }

    @PostMapping("/meetings/{id}/documents")
    String document(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                    @RequestParam(required = false) String purpose,
                    @RequestParam(value = "file", required = false) MultipartFile file,
                    @RequestParam(required = false) String amendmentReason, Model model) {
        try {
            DocumentPurpose p = Meetings.PURPOSES.stream().filter(x -> x.name().equals(purpose)).findFirst()
                    .orElseThrow(() -> new InvalidInput("purpose", "invalid.meeting.purpose"));
            meetings.addDocument(me, id, p, Upload.of(file).orElse(null),
                    SubmittedPeriods.AmendmentReason.parse(amendmentReason));
            return "redirect:/meetings/" + id + "?file#documentation";
        } catch (InvalidInput e) {
            return detail(me, meetings.get(me, id), FormState.refused("document", Map.of("purpose",
                    purpose == null ? "" : purpose, "amendmentReason", amendmentReason == null ? "" : amendmentReason),
                    e.errors()), model);
        }
    }

    @PostMapping("/meetings/{id}/items")
    String item(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                @RequestParam Map<String, String> fields, Model model) {
        try {
            meetings.addItem(me, id, forms.bind(fields, ActionItemData.class));
            return "redirect:/meetings/" + id + "?item#items";
        } catch (InvalidInput e) {
            return detail(me, meetings.get(me, id), FormState.refused("item", fields, e.errors()), model);
        }
    }

    @PostMapping("/meeting-items/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam(required = false) String status, @RequestParam(required = false) UUID back) {
        ActionStatus s = java.util.Arrays.stream(ActionStatus.values()).filter(x -> x.name().equals(status))
                .findFirst().orElseThrow(() -> new InvalidInput("status", "invalid.required"));
        UUID raisedAt = meetings.setStatus(me, id, s);
        // back to the meeting the item was shown on (it may have been carried to a later one)
        UUID to = back == null ? raisedAt : back;
        return "redirect:/meetings/" + to + "?item#items";
    }

    @GetMapping("/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return Downloads.attachment("agenda.pdf", MediaType.APPLICATION_PDF_VALUE, pdfs.agenda(meetings.get(me, id)));
    }

    @GetMapping("/meetings/{id}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return Downloads.attachment("sign-in-sheet.pdf", MediaType.APPLICATION_PDF_VALUE,
                pdfs.signInSheet(meetings.get(me, id)));
    }

    // ---- the leadership committee's roster (C.1.6.3) ----------------------------------------------------------

    @GetMapping("/leadership-committee")
    String committee(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) UUID providerId,
                     Model model) {
        return committee(me, providerId, FormState.empty("member"), model);
    }

    @PostMapping("/leadership-committee/members")
    String addMember(@AuthenticationPrincipal CurrentUser me, @RequestParam Map<String, String> fields, Model model) {
        try {
            meetings.addMember(me, forms.bind(fields, MemberData.class));
            return "redirect:/leadership-committee?added";
        } catch (InvalidInput e) {
            return committee(me, null, FormState.refused("member", fields, e.errors()), model);
        }
    }

    @PostMapping("/leadership-committee/members/{id}/active")
    String active(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam(defaultValue = "false") boolean active) {
        meetings.setActive(me, id, active);
        return "redirect:/leadership-committee?changed";
    }

    /** The provider shown: the one asked for when the user reads it, else their own, else the region's first. */
    private UUID provider(CurrentUser me, UUID asked, List<Meetings.Provider> providers) {
        if (asked != null && providers.stream().anyMatch(p -> p.id().equals(asked))) {
            return asked;
        }
        return meetings.canKeep(me) ? me.organizationId() : providers.isEmpty() ? null : providers.get(0).id();
    }

    private String committee(CurrentUser me, UUID providerId, FormState form, Model model) {
        List<Meetings.Provider> providers = meetings.providers(me);
        UUID provider = provider(me, providerId, providers);
        if (provider == null) {
            throw new RecordNotFound();
        }
        model.addAttribute("members", meetings.members(me, provider));
        model.addAttribute("providers", providers);
        model.addAttribute("provider", provider);
        model.addAttribute("canKeep", meetings.canKeep(me));
        model.addAttribute("kinds", LeaderKind.values());
        model.addAttribute("memberForm", form);
        return "meeting/committee";
    }

    private String form(MeetingForm form, Meeting existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("deliveries", Delivery.values());
        submitted.askReason(model, existing == null ? null : existing.providerId(),
                existing == null ? null : AgencyTime.day(existing.startsAt()));
        return "meeting/form";
    }

    /** The meeting's page; {@code failed} is the one form refused, shown again with its errors. */
    private String detail(CurrentUser me, Meeting m, FormState failed, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("canKeep", meetings.canKeep(me));
        model.addAttribute("purposes", Meetings.PURPOSES);
        model.addAttribute("today", AgencyTime.today());
        submitted.askReason(model, m.providerId(), AgencyTime.day(m.startsAt()));
        model.addAttribute("amendments", submitted.amendments(Meetings.RECORD_TYPE, m.id()));
        model.addAttribute("kinds", m.type() == MeetingType.BAS_ADVOCATE_WEEKLY ? ActionItemData.Kind.values()
                : new ActionItemData.Kind[] {ActionItemData.Kind.BARRIER, ActionItemData.Kind.ACTION});
        // C.1.6.1: the live releases of the center that let its BAS and advocates discuss a survivor (audited for BAS)
        model.addAttribute("releases", meetings.canKeep(me) && m.type() == MeetingType.BAS_ADVOCATE_WEEKLY
                ? advocacy.releases(me).stream().filter(r -> r.live() && r.centerId().equals(m.providerId())
                && r.scope().contains(org.tutela.access.CaseAccess.ReleaseScope.SURVIVOR_DISCUSSION)).toList()
                : List.of());
        model.addAttribute("statuses", ActionStatus.values());
        for (String name : List.of("attendee", "document", "item")) {
            model.addAttribute(name + "Form", failed != null && failed.name().equals(name) ? failed
                    : FormState.empty(name));
        }
        return "meeting/detail";
    }
}
