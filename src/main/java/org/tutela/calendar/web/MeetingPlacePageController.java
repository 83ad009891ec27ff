package org.tutela.calendar.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.calendar.MeetingPlace;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.calendar.PlaceKind;
import org.tutela.calendar.PlaceStatus;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.EditConflict;
import org.tutela.shared.FormErrors;
import org.tutela.shared.InvalidInput;

/** The region's meeting places, as supervisors and administrators keep them. */
@Controller
class MeetingPlacePageController {

    private final MeetingPlaces places;

    MeetingPlacePageController(MeetingPlaces places) {
        this.places = places;
    }

    @GetMapping("/meeting-places")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        return page(me, new PlaceForm(), model);
    }

    @PostMapping("/meeting-places")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") PlaceForm form,
                  BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(me, form, model);
        }
        try {
            places.create(me, form.toData());
            return "redirect:/meeting-places?added";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of());
            return page(me, form, model);
        }
    }

    @PostMapping("/meeting-places/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, PlaceForm changed, Model model) {
        places.get(me, id);
        try {
            places.update(me, id, changed.toData(), changed.getVersion(), false);
            return "redirect:/meeting-places?saved";
        } catch (InvalidInput | EditConflict e) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (e instanceof InvalidInput invalid) {
                invalid.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
            } else {
                errors.put("form", e.getMessage());
            }
            model.addAttribute("failedId", id);
            model.addAttribute("failedForm", changed);
            model.addAttribute("placeErrors", errors);
            return page(me, new PlaceForm(), model);
        }
    }

    private String page(CurrentUser me, PlaceForm form, Model model) {
        model.addAttribute("form", form);
        List<MeetingPlace> all = places.list(me, true);
        model.addAttribute("places", all);
        model.addAttribute("usage", places.usage(me));
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("statuses", List.of(PlaceStatus.ACTIVE, PlaceStatus.RETIRED));
        if (!model.containsAttribute("placeErrors")) {
            model.addAttribute("placeErrors", Map.of());
        }
        return "calendar/places";
    }
}
