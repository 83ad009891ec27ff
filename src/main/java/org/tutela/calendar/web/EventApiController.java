package org.tutela.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.calendar.AttendanceData;
import org.tutela.calendar.Conflict;
import org.tutela.calendar.DecisionData;
import org.tutela.calendar.Event;
import org.tutela.calendar.EventData;
import org.tutela.calendar.EventFilter;
import org.tutela.calendar.EventStatus;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.PageOf;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Staffings and hearings", description = "Requests for the BAS to attend staffings and hearings (C.1.3)")
class EventApiController {

    private final StaffingCalendar calendar;

    EventApiController(StaffingCalendar calendar) {
        this.calendar = calendar;
    }

    @PostMapping
    @Operation(summary = "Request the BAS for a staffing or hearing (CPI, case manager, supervisor) of a case you "
            + "can see. The place is an office or a court, never a family's address; the event must be in the "
            + "future and last at most 12 hours.")
    ResponseEntity<Event> request(@AuthenticationPrincipal CurrentUser user, @RequestBody EventData request) {
        UUID id = calendar.request(user, request);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(calendar.get(user, id));
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
                        from == null ? null : from.atStartOfDay(StaffingCalendar.ZONE).toOffsetDateTime(),
                        to == null ? null : to.plusDays(1).atStartOfDay(StaffingCalendar.ZONE).toOffsetDateTime()),
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
