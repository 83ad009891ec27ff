package org.tutela.calendar.web;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tutela.calendar.AttendanceData;
import org.tutela.calendar.CalendarFeed;
import org.tutela.calendar.Conflict;
import org.tutela.calendar.Decision;
import org.tutela.calendar.DecisionData;
import org.tutela.calendar.Event;
import org.tutela.calendar.EventFilter;
import org.tutela.calendar.EventType;
import org.tutela.calendar.MeetingPlace;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.calendar.PlaceKind;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;

@Controller
class CalendarPageController {

    /** An upcoming event on the BAS calendar, with whether it can still be answered and what it overlaps. */
    record Row(Event event, boolean decidable, List<Conflict> conflicts) {
    }

    private final StaffingCalendar calendar;
    private final org.tutela.shared.SubmittedPeriods submitted;
    private final CalendarFeed feed;
    private final MeetingPlaces places;

    CalendarPageController(StaffingCalendar calendar, CalendarFeed feed, MeetingPlaces places,
                           org.tutela.shared.SubmittedPeriods submitted) {
        this.submitted = submitted;
        this.calendar = calendar;
        this.feed = feed;
        this.places = places;
    }

    @GetMapping("/calendar")
    @SuppressWarnings("unchecked") // the refused form's maps, put in the model by failed()
    String calendar(@AuthenticationPrincipal CurrentUser me, Model model) {
        List<Conflict> conflicts = calendar.conflicts(me);
        OffsetDateTime now = OffsetDateTime.now();
        model.addAttribute("rows", calendar.upcoming(me).stream()
                .map(e -> new Row(e, e.startsAt().isAfter(now),
                        conflicts.stream().filter(c -> c.involves(e.id())).toList()))
                .toList());
        model.addAttribute("conflicts", conflicts);
        List<org.tutela.calendar.Event> awaiting = calendar.awaitingAttendance(me);
        model.addAttribute("awaiting", awaiting);
        // an event of a quarter whose STOP BAS report was submitted asks why its attendance comes now
        Map<UUID, String> frozen = new HashMap<>();
        awaiting.forEach(e -> submitted.submittedQuarter(me.organizationId(),
                org.tutela.shared.AgencyTime.day(e.startsAt())).ifPresent(q -> frozen.put(e.id(), q)));
        model.addAttribute("amendmentQuarters", frozen);
        model.addAttribute("amendmentReasons", org.tutela.shared.SubmittedPeriods.AmendmentReason.values());
        // each form's reason field as the page's other small forms keep theirs: the refused one with its errors
        Object failedId = model.getAttribute("failedEventId");
        Map<UUID, org.tutela.shared.FormState> reasonForms = new HashMap<>();
        awaiting.forEach(e -> reasonForms.put(e.id(), e.id().equals(failedId)
                ? new org.tutela.shared.FormState("attendance-" + e.id(), (Map<String, String>) model.getAttribute(
                        "submitted"), (Map<String, String>) model.getAttribute("fieldErrors"))
                : org.tutela.shared.FormState.empty("attendance-" + e.id())));
        model.addAttribute("reasonForms", reasonForms);
        model.addAttribute("feedSince", feed.activeSince(me).orElse(null));
        model.addAttribute("decisions", Decision.values());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "calendar/calendar";
    }

    @PostMapping("/calendar/events/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  Model model) {
        try {
            calendar.decide(me, id, new DecisionData(decision(decision), reason));
            return "redirect:/calendar?decided";
        } catch (InvalidInput | EditConflict e) {
            model.addAttribute("submitted", Map.of("decision", decision == null ? "" : decision,
                    "reason", reason == null ? "" : reason));
            return failed(me, id, e, model);
        }
    }

    @PostMapping("/calendar/events/{id}/attendance")
    String attendance(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                      @RequestParam(required = false) String attended,
                      @RequestParam(required = false) String accountabilityNotes,
                      @RequestParam(required = false) String amendmentReason, Model model) {
        try {
            Boolean yes = attended == null || attended.isBlank() ? null
                    : switch (attended) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new InvalidInput("attended", "invalid.yesOrNo");
                    };
            calendar.recordAttendance(me, id, new AttendanceData(yes, accountabilityNotes,
                    org.tutela.shared.SubmittedPeriods.AmendmentReason.parse(amendmentReason)));
            return "redirect:/calendar?recorded";
        } catch (InvalidInput | EditConflict e) {
            model.addAttribute("submitted", Map.of("attended", attended == null ? "" : attended,
                    "accountabilityNotes", accountabilityNotes == null ? "" : accountabilityNotes,
                    "amendmentReason", amendmentReason == null ? "" : amendmentReason));
            return failed(me, id, e, model);
        }
    }

    /** Shows the new feed address once, on this response: it is never stored, not even in the session. */
    @PostMapping("/calendar/feed")
    String renewFeed(@AuthenticationPrincipal CurrentUser me, Model model) {
        String secret = feed.renew(me);
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{secret}.ics").buildAndExpand(secret).toUriString());
        return calendar(me, model);
    }

    @PostMapping("/calendar/feed/revoke")
    String revokeFeed(@AuthenticationPrincipal CurrentUser me) {
        feed.revoke(me);
        return "redirect:/calendar?feedRevoked";
    }

    /**
     * The case's staffings and hearings (a fragment of the case page); with {@code alerts}, only the notice of those
     * not yet begun whose place the BAS sees as "to be confirmed", for the workers who can move them.
     */
    @GetMapping("/cases/{id}/events")
    String forCase(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @RequestParam(defaultValue = "false") boolean alerts, Model model) {
        PageOf<Event> events = calendar.list(me, EventFilter.forCase(id), 0, 100);
        boolean canMove = me.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
        OffsetDateTime now = OffsetDateTime.now();
        model.addAttribute("caseEvents", events);
        model.addAttribute("canMove", canMove);
        model.addAttribute("now", now);
        model.addAttribute("held", canMove ? events.items().stream()
                .filter(e -> !e.placeConfirmed() && e.startsAt().isAfter(now)).toList() : List.of());
        return alerts ? "calendar/for-case :: alerts" : "calendar/for-case :: events";
    }

    @GetMapping("/events/{id}/place")
    String placeForm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        Event event = calendar.get(me, id);
        // a held place is not offered back: the worker chooses another
        return placePage(me, event, event.placeConfirmed() ? event.placeId() : null, Map.of(), model);
    }

    @PostMapping("/events/{id}/place")
    String changePlace(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                       @RequestParam(required = false) String placeId, @RequestParam(required = false) Integer version,
                       @RequestParam(defaultValue = "false") boolean withdraw, Model model) {
        Event event = calendar.get(me, id);
        UUID chosen = null;
        try {
            chosen = placeId == null || placeId.isBlank() ? null : UUID.fromString(placeId.trim());
            if (chosen == null && !withdraw) {
                throw new InvalidInput("placeId", "invalid.place.choose");
            }
            calendar.changePlace(me, id, withdraw ? null : chosen, version, false);
            return "redirect:/cases/" + event.caseId() + "?placeChanged";
        } catch (IllegalArgumentException e) {
            return placePage(me, event, null, Map.of("placeId", "invalid.place.choose"), model);
        } catch (InvalidInput e) {
            Map<String, String> errors = new HashMap<>();
            e.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
            return placePage(me, event, chosen, errors, model);
        } catch (EditConflict e) {
            return placePage(me, calendar.get(me, id), chosen, Map.of("form", e.getMessage()), model);
        }
    }

    private String placePage(CurrentUser me, Event event, UUID chosen, Map<String, String> errors, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("placeGroups", placeGroups(me));
        model.addAttribute("chosen", chosen);
        model.addAttribute("fieldErrors", errors);
        return "calendar/change-place";
    }

    @GetMapping("/cases/{id}/events/new")
    String newRequest(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return form(calendar.caseNumber(me, id), id, new EventForm(), model);
    }

    @PostMapping("/cases/{id}/events")
    String request(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @ModelAttribute("form") EventForm form, BindingResult binding, Model model) {
        String caseNumber = calendar.caseNumber(me, id);
        if (binding.hasErrors()) {
            return form(caseNumber, id, form, model);
        }
        try {
            calendar.request(me, form.toData(id));
            return "redirect:/cases/" + id + "?eventRequested";
        } catch (InvalidInput e) {
            for (InvalidInput.FieldError error : e.errors()) {
                if (List.of("type", "startsAt", "endsAt", "placeId").contains(error.field())) {
                    binding.rejectValue(error.field(), "invalid", error.message());
                } else {
                    binding.reject("invalid", error.message());
                }
            }
            return form(caseNumber, id, form, model);
        }
    }

    private String form(String caseNumber, UUID caseId, EventForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("caseId", caseId);
        model.addAttribute("types", EventType.values());
        model.addAttribute("placeGroups", placeGroups(CurrentUser.get()));
        return "calendar/form";
    }

    /** The region's active meeting places by kind, for the place field. */
    private Map<PlaceKind, List<MeetingPlace>> placeGroups(CurrentUser me) {
        return places.active(me).stream().collect(Collectors.groupingBy(MeetingPlace::kind,
                () -> new EnumMap<>(PlaceKind.class), Collectors.toList()));
    }

    private String failed(CurrentUser me, UUID id, RuntimeException e, Model model) {
        Map<String, String> errors = new HashMap<>();
        if (e instanceof InvalidInput invalid) {
            invalid.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
        } else {
            errors.put("form", e.getMessage());
        }
        model.addAttribute("failedEventId", id);
        model.addAttribute("fieldErrors", errors);
        return calendar(me, model);
    }

    private static Decision decision(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Decision.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("decision", "invalid.event.decision");
        }
    }
}
