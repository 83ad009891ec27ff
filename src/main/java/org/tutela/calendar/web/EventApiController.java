package org.tutela.calendar.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.calendar.AttendanceData;
import org.tutela.calendar.Conflict;
import org.tutela.calendar.DecisionData;
import org.tutela.calendar.Event;
import org.tutela.calendar.EventData;
import org.tutela.calendar.EventFilter;
import org.tutela.calendar.EventStatus;
import org.tutela.calendar.EventType;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.ETags;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.JsonPatches;
import org.tutela.shared.PageOf;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Staffings and hearings", description = "Requests for the BAS to attend staffings and hearings (C.1.3)")
class EventApiController {

    private final StaffingCalendar calendar;

    EventApiController(StaffingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * A request for the BAS. {@code place} is here only to refuse it clearly: a place is chosen by {@code placeId}
     * from the region's meeting places, never typed.
     */
    record EventRequest(@Schema(requiredMode = REQUIRED) UUID caseId, @Schema(requiredMode = REQUIRED) EventType type,
                        @Schema(requiredMode = REQUIRED) OffsetDateTime startsAt,
                        @Schema(requiredMode = REQUIRED) OffsetDateTime endsAt,
                        @Schema(requiredMode = REQUIRED) UUID placeId, @Schema(hidden = true) String place) {
    }

    /** What moves an event (documented; the body is read field by field, to tell a null from a missing place). */
    record PlaceChange(UUID placeId, Integer version) {
    }

    @PostMapping
    @Operation(summary = "Request the BAS for a staffing or hearing (CPI, case manager, supervisor) of a case you "
            + "can see, at one of the region's meeting places (placeId, from GET /api/v1/meeting-places); a place "
            + "that matches the contact details of someone in the case is refused. The event must be in the "
            + "future and last at most 12 hours.")
    ResponseEntity<Event> request(@AuthenticationPrincipal CurrentUser user, @RequestBody EventRequest request) {
        if (request.place() != null) {
            throw new InvalidInput("place", "invalid.event.placeText");
        }
        UUID id = calendar.request(user, new EventData(request.caseId(), request.type(), request.startsAt(),
                request.endsAt(), request.placeId()));
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(calendar.get(user, id));
    }

    @PatchMapping(value = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Move a staffing or hearing not yet begun to another meeting place (CPI, case manager, "
            + "supervisor of the case): {\"placeId\": ...}; {\"placeId\": null} withdraws the place, which the BAS "
            + "and the feeds then see as \"to be confirmed\" until one is chosen. Send If-Match or a version field "
            + "to catch concurrent changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = PlaceChange.class))))
    Event patch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                @RequestBody JsonNode request) {
        if (request == null || !request.isObject() || !request.has("placeId")) {
            throw new InvalidInput("placeId", "invalid.event.placeMove");
        }
        for (String field : request.propertyNames()) {
            if (!field.equals("placeId") && !field.equals("version")) {
                throw new InvalidInput(field, "invalid.unknownField");
            }
        }
        UUID placeId = null;
        JsonNode place = request.get("placeId");
        if (!place.isNull()) {
            try {
                placeId = UUID.fromString(place.isString() ? place.asString() : "");
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("placeId", "invalid.event.placeId");
            }
        }
        Integer version = JsonPatches.version(request.get("version"));
        Integer fromHeader = ETags.fromIfMatch(ifMatch);
        calendar.changePlace(user, id, placeId, fromHeader != null ? fromHeader : version, fromHeader != null);
        return calendar.get(user, id);
    }

    @GetMapping
    @Operation(summary = "Staffings and hearings of the cases you may see, those of cases with IPV maltreatments "
            + "first, then by time; from and to are days (events not over before from, starting before the day "
            + "after to)")
    PageOf<Event> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID caseId,
                       @RequestParam(required = false) EventStatus status,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return calendar.list(user, new EventFilter(caseId, status,
                        from == null ? null : from.atStartOfDay(AgencyTime.ZONE).toOffsetDateTime(),
                        to == null ? null : to.plusDays(1).atStartOfDay(AgencyTime.ZONE).toOffsetDateTime()),
                PageOf.page(page), PageOf.size(size, 50));
    }

    @GetMapping("/conflicts")
    @Operation(summary = "Overlapping events on your calendar (BAS): open requests of your region and events you "
            + "attend. Each pair names the one to attend: the one whose case is under compliance monitoring (C.1.3), "
            + "else the one whose case has an IPV maltreatment; none when neither stands first.")
    Map<String, List<Conflict>> conflicts(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", calendar.conflicts(user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staffing or hearing")
    Event get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return calendar.get(user, id);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Attend or decline (BAS), before the event starts; declining needs a reason")
    Event decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @RequestBody DecisionData request) {
        calendar.decide(user, id, request);
        return calendar.get(user, id);
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record attendance (BAS) once the event is over: attended yes or no, and notes on the "
            + "perpetrator's accountability (required when attended)")
    Event attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                     @RequestBody AttendanceData request) {
        calendar.recordAttendance(user, id, request);
        return calendar.get(user, id);
    }
}
