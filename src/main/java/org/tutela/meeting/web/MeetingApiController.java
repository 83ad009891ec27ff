package org.tutela.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Document;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Upload;
import org.tutela.meeting.ActionItemData;
import org.tutela.meeting.ActionStatus;
import org.tutela.meeting.AttendeeData;
import org.tutela.meeting.Cadence;
import org.tutela.meeting.LeadershipMember;
import org.tutela.meeting.Meeting;
import org.tutela.meeting.MeetingData;
import org.tutela.meeting.Meetings;
import org.tutela.meeting.MemberData;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings", description = "The provider's meetings and their cadence (C.1.6), documented as C.2.5.4 asks, "
        + "and the leadership committee's roster (C.1.6.3)")
class MeetingApiController {

    private final Meetings meetings;
    private final FiscalYear fiscalYear;

    MeetingApiController(Meetings meetings, FiscalYear fiscalYear) {
        this.meetings = meetings;
        this.fiscalYear = fiscalYear;
    }

    @GetMapping("/meetings")
    @Operation(summary = "The meetings you may see in a fiscal quarter (quarter=2026-Q2; the current one by default)")
    Map<String, Object> list(@AuthenticationPrincipal CurrentUser user,
                             @RequestParam(required = false) String quarter) {
        FiscalQuarter q = quarter(quarter);
        return Map.of("quarter", q.name(), "from", q.from(), "to", q.to(),
                "items", meetings.list(user, q.from(), q.to()));
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a meeting (the provider's BAS or a DV advocate): type BAS_ADVOCATE_WEEKLY, "
            + "STOP_BAS_CALL, FLDVC_INITIATIVE_CALL, LEADERSHIP, CCR, SART or MDT, with its agenda")
    ResponseEntity<Meeting> create(@AuthenticationPrincipal CurrentUser user, @RequestBody MeetingData request) {
        UUID id = meetings.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.get(user, id));
    }

    @GetMapping("/meetings/cadence")
    @Operation(summary = "Each required meeting of a fiscal quarter as held, missing or upcoming (C.1.6), and the "
            + "requirements still unmet when the quarter closes within 30 days; providerId for contract managers and "
            + "program leaders of a region with several DV centers")
    Cadence cadence(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
                    @RequestParam(required = false) UUID providerId) {
        FiscalQuarter q = quarter(quarter);
        return meetings.cadence(user, providerId, q.from(), q.to());
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting with its attendees, files, barriers and action items, and the open action items "
            + "carried to it from earlier meetings of its type")
    Meeting get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return meetings.get(user, id);
    }

    @PostMapping("/meetings/{id}/attendees")
    @Operation(summary = "Record an attendee as the sign-in sheet or roll shows them")
    ResponseEntity<Meeting.Attendee> attend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                            @RequestBody AttendeeData request) {
        UUID attendeeId = meetings.addAttendee(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.get(user, id).attendees()
                .stream().filter(a -> a.id().equals(attendeeId)).findFirst().orElseThrow());
    }

    @PostMapping(value = "/meetings/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<Document> documentAsJson(@PathVariable UUID id) {
        // a file comes as multipart/form-data; a JSON body (an id's check aside) is a clear 400, not a 415 page
        throw new org.tutela.shared.InvalidInput("file", "invalid.file.multipart");
    }

    @PostMapping(value = "/meetings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Keep a file of the meeting: 'purpose' AGENDA, SIGN_IN_SHEET or ONLINE_ROLL and part 'file' "
            + "(PDF, PNG or JPEG; an agenda may be Word too; at most 20 MB); 'amendmentReason' when the meeting's quarter has "
            + "a submitted STOP BAS report")
    ResponseEntity<Document> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @RequestParam DocumentPurpose purpose,
                                      @RequestPart(value = "file", required = false) MultipartFile file,
                                      @RequestParam(required = false) String amendmentReason) {
        UUID documentId = meetings.addDocument(user, id, purpose, Upload.of(file).orElse(null),
                org.tutela.shared.SubmittedPeriods.AmendmentReason.parse(amendmentReason));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId)).body(meetings.get(user, id)
                .documents().stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow());
    }

    @PostMapping("/meetings/{id}/items")
    @Operation(summary = "Record a barrier found or an action item (owner and due date) at a weekly or leadership "
            + "meeting: {\"kind\":\"BARRIER\"|\"ACTION\",\"description\",\"owner\",\"dueOn\"}")
    ResponseEntity<Meeting.Item> item(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @RequestBody ActionItemData request) {
        UUID itemId = meetings.addItem(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.get(user, id).items()
                .stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow());
    }

    record StatusRequest(ActionStatus status) {
    }

    @PostMapping("/meeting-items/{id}/status")
    @Operation(summary = "Mark an action item OPEN, DONE or DROPPED; an open one is carried to the next meeting")
    Meeting status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestBody StatusRequest request) {
        return meetings.get(user, meetings.setStatus(user, id, request.status()));
    }

    @GetMapping("/leadership-committee/members")
    @Operation(summary = "The leadership committee's roster (C.1.6.3)")
    Map<String, List<LeadershipMember>> members(@AuthenticationPrincipal CurrentUser user,
                                                @RequestParam(required = false) UUID providerId) {
        return Map.of("items", meetings.members(user, providerId));
    }

    @PostMapping("/leadership-committee/members")
    @Operation(summary = "Add a member to the roster (the provider's BAS or a DV advocate): name, organization, role, "
            + "kind SYSTEM_LEADER, UNDERSERVED_COMMUNITY_LEADER or PARTNER")
    ResponseEntity<LeadershipMember> addMember(@AuthenticationPrincipal CurrentUser user,
                                               @RequestBody MemberData request) {
        UUID id = meetings.addMember(user, request);
        return ResponseEntity.created(URI.create("/api/v1/leadership-committee/members")).body(meetings
                .members(user, null).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow());
    }

    private FiscalQuarter quarter(String name) {
        if (name == null || name.isBlank()) {
            return fiscalYear.current();
        }
        return fiscalYear.parse(name).orElseThrow(() -> new InvalidInput("quarter", "invalid.meeting.quarter"));
    }
}
