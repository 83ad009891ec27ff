package org.tutela.training.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Upload;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.Downloads;
import org.tutela.shared.EditConflict;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormErrors;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.training.AttendeeData;
import org.tutela.documents.Delivery;
import org.tutela.training.ReviewData;
import org.tutela.training.Training;
import org.tutela.training.TrainingPdfs;
import org.tutela.training.TrainingRules;
import org.tutela.training.TrainingStatus;
import org.tutela.training.TrainingTopic;
import org.tutela.training.Trainings;

@Controller
class TrainingPageController {

    private final Trainings trainings;
    private final SubmittedPeriods submitted;
    private final TrainingPdfs pdfs;
    private final FormBinder forms;

    TrainingPageController(Trainings trainings, TrainingPdfs pdfs, FormBinder forms, SubmittedPeriods submitted) {
        this.trainings = trainings;
        this.submitted = submitted;
        this.pdfs = pdfs;
        this.forms = forms;
    }

    /** Upcoming trainings first (soonest on top), then those of the last year; for a contract manager, what awaits review. */
    @GetMapping("/trainings")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        List<Training> all = trainings.list(me, AgencyTime.today().minusYears(1));
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        model.addAttribute("awaiting", trainings.canReview(me)
                ? all.stream().filter(t -> t.status() == TrainingStatus.SUBMITTED).toList() : List.of());
        model.addAttribute("upcoming", all.stream().filter(t -> !t.held()).toList());
        model.addAttribute("past", all.stream().filter(Training::held)
                .sorted(java.util.Comparator.comparing(Training::startsAt).reversed()).toList());
        model.addAttribute("canPlan", trainings.canPlan(me));
        model.addAttribute("now", now);
        return "training/list";
    }

    @GetMapping("/trainings/new")
    String newTraining(@AuthenticationPrincipal CurrentUser me, Model model) {
        TrainingForm form = new TrainingForm();
        form.setLengthMinutes(TrainingRules.MIN_MINUTES * 2);
        return form(form, null, model);
    }

    @PostMapping("/trainings")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") TrainingForm form,
                  BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(form, null, model);
        }
        try {
            UUID id = trainings.create(me, form.toData());
            return "redirect:/trainings/" + id + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, form::fieldOf);
            return form(form, null, model);
        }
    }

    @GetMapping("/trainings/{id}")
    String detail(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return detail(me, trainings.get(me, id), null, model);
    }

    @GetMapping("/trainings/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        Training t = trainings.get(me, id);
        if (!trainings.canPlan(me) || !t.editable()) {
            return "redirect:/trainings/" + id;
        }
        return form(TrainingForm.of(t), t, model);
    }

    @PostMapping("/trainings/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @ModelAttribute("form") TrainingForm form, BindingResult binding, Model model) {
        Training existing = trainings.get(me, id);
        if (binding.hasErrors()) {
            return form(form, existing, model);
        }
        try {
            trainings.update(me, id, form.toData(), form.getVersion() == null ? -1 : form.getVersion());
            return "redirect:/trainings/" + id + "?saved";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, form::fieldOf);
        } catch (EditConflict e) {
            binding.reject("conflict", e.getMessage());
        }
        return form(form, existing, model);
    }

    /** The materials' due date for the date typed (htmx), shown as soon as a date is set. */
    @GetMapping("/trainings/materials-due")
    String materialsDue(@RequestParam(required = false) String startsAt, Model model) {
        model.addAttribute("due", due(parse(startsAt)));
        return "training/form :: due";
    }

    @PostMapping("/trainings/{id}/submission")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        try {
            trainings.submit(me, id);
            return "redirect:/trainings/" + id + "?submitted";
        } catch (InvalidInput e) {
            return refused(me, id, "submission", Map.of(), e, model);
        }
    }

    @PostMapping("/trainings/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        try {
            trainings.review(me, id, forms.bind(fields, ReviewData.class));
            return "redirect:/trainings/" + id + "?reviewed";
        } catch (InvalidInput e) {
            return refused(me, id, "review", fields, e, model);
        }
    }

    @PostMapping("/trainings/{id}/attendees")
    String attend(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        try {
            trainings.addAttendee(me, id, forms.bind(fields, AttendeeData.class));
            return "redirect:/trainings/" + id + "?attendee#attendees";
        } catch (InvalidInput e) {
            return refused(me, id, "attendee", fields, e, model);
        }
    }

    @PostMapping("/trainings/{id}/attendees/{attendeeId}/removal")
    String removeAttendee(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                          @PathVariable UUID attendeeId, @RequestParam(required = false) String amendmentReason,
                          Model model) {
        try {
            trainings.removeAttendee(me, id, attendeeId, SubmittedPeriods.AmendmentReason.parse(amendmentReason));
            return "redirect:/trainings/" + id + "?removed#attendees";
        } catch (InvalidInput e) {
            return refused(me, id, "attendee", Map.of(), e, model);
        }
    }

    @PostMapping("/trainings/{id}/documents")
    String document(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                    @RequestParam(required = false) String purpose,
                    @RequestParam(value = "file", required = false) MultipartFile file,
                    @RequestParam(required = false) String amendmentReason, Model model) {
        Map<String, String> fields = Map.of("purpose", purpose == null ? "" : purpose,
                "amendmentReason", amendmentReason == null ? "" : amendmentReason);
        try {
            DocumentPurpose p = Trainings.PURPOSES.stream().filter(x -> x.name().equals(purpose)).findFirst()
                    .orElseThrow(() -> new InvalidInput("purpose", "invalid.training.purpose"));
            trainings.addDocument(me, id, p, Upload.of(file).orElse(null),
                    SubmittedPeriods.AmendmentReason.parse(amendmentReason));
            return "redirect:/trainings/" + id + "?file=" + p + (p == DocumentPurpose.TRAINING_MATERIALS ? "#materials"
                    : "#documentation");
        } catch (InvalidInput e) {
            String form = DocumentPurpose.TRAINING_MATERIALS.name().equals(purpose) ? "materials" : "document";
            return refused(me, id, form, fields, e, model);
        }
    }

    @GetMapping("/trainings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return Downloads.attachment("agenda.pdf", MediaType.APPLICATION_PDF_VALUE, pdfs.agenda(trainings.get(me, id)));
    }

    @GetMapping("/trainings/{id}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return Downloads.attachment("sign-in-sheet.pdf", MediaType.APPLICATION_PDF_VALUE,
                pdfs.signInSheet(trainings.get(me, id)));
    }

    /** What the page says of the materials' due date for a training at this time; null without one. */
    record Due(java.time.LocalDate on, TrainingRules.Materials state) {
    }

    private static Due due(LocalDateTime startsAt) {
        if (startsAt == null || !org.tutela.shared.InputValidation.plausibleYear(startsAt.getYear())) {
            return null;
        }
        java.time.OffsetDateTime at = startsAt.atZone(AgencyTime.ZONE).toOffsetDateTime();
        TrainingRules.Facts facts = new TrainingRules.Facts(at, TrainingRules.MIN_MINUTES, Delivery.IN_PERSON,
                TrainingStatus.DRAFT, null, null, 0, java.util.Set.of());
        return new Due(TrainingRules.materialsDueOn(at), TrainingRules.materials(facts, AgencyTime.today()));
    }

    private static LocalDateTime parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private String form(TrainingForm form, Training existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("due", due(form.getStartsAt()));
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, TrainingForm.INSTRUCTOR_ROWS).boxed()
                .toList());
        submitted.askReason(model, existing == null ? null : existing.providerId(),
                existing == null ? null : AgencyTime.day(existing.startsAt()));
        return "training/form";
    }

    private String refused(CurrentUser me, UUID id, String name, Map<String, String> fields, InvalidInput e,
                           Model model) {
        return detail(me, trainings.get(me, id), FormState.refused(name, fields, e.errors()), model);
    }

    /** The training's page; {@code failed} is the one form refused, shown again with its errors. */
    private String detail(CurrentUser me, Training t, FormState failed, Model model) {
        boolean bas = trainings.canPlan(me);
        model.addAttribute("training", t);
        submitted.askReason(model, t.providerId(), AgencyTime.day(t.startsAt()));
        model.addAttribute("amendments", submitted.amendments(Trainings.RECORD_TYPE, t.id()));
        model.addAttribute("canEdit", bas && t.editable());
        model.addAttribute("canDocument", bas);
        model.addAttribute("canSubmit", bas && t.editable());
        model.addAttribute("canReview", trainings.canReview(me) && t.status() == TrainingStatus.SUBMITTED);
        model.addAttribute("decisions", ReviewData.Decision.values());
        model.addAttribute("proofPurposes", List.of(DocumentPurpose.SIGN_IN_SHEET, DocumentPurpose.ONLINE_ROLL,
                DocumentPurpose.AGENDA));
        for (String name : List.of("submission", "review", "attendee", "materials", "document")) {
            model.addAttribute(name + "Form", failed != null && failed.name().equals(name) ? failed
                    : FormState.empty(name));
        }
        return "training/detail";
    }
}
