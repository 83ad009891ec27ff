package org.tutela.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.calendar.MeetingPlace;
import org.tutela.calendar.MeetingPlaceData;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.ETags;
import org.tutela.shared.JsonPatches;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/meeting-places")
@Tag(name = "Meeting places", description = "The offices, courtrooms and video links where staffings and hearings "
        + "take place; an event names one by placeId, never a typed place")
class MeetingPlaceApiController {

    private final MeetingPlaces places;
    private final JsonPatches patches;

    MeetingPlaceApiController(MeetingPlaces places, JsonPatches patches) {
        this.places = places;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "The meeting places of your region offered for new events (ACTIVE); retired ones too with "
            + "includeRetired=true")
    Map<String, List<MeetingPlace>> list(@AuthenticationPrincipal CurrentUser user,
                                         @RequestParam(defaultValue = "false") boolean includeRetired) {
        return Map.of("items", places.list(user, includeRetired));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting place of your region")
    ResponseEntity<MeetingPlace> get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        MeetingPlace place = places.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(place.version())).body(place);
    }

    @PostMapping
    @Operation(summary = "Add a meeting place to your region (supervisors, administrators): kind OFFICE or "
            + "COURTROOM with a street address, or VIDEO_LINK without one")
    ResponseEntity<MeetingPlace> create(@AuthenticationPrincipal CurrentUser user,
                                        @RequestBody MeetingPlaceData request) {
        UUID id = places.create(user, request);
        MeetingPlace place = places.get(user, id);
        return ResponseEntity.created(URI.create("/api/v1/meeting-places/" + id)).eTag(ETags.of(place.version()))
                .body(place);
    }

    @PatchMapping(value = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a meeting place (supervisors, administrators; JSON merge patch of kind, name, "
            + "address, status): status RETIRED takes it out of use, ACTIVE brings it back. Kind, name and address "
            + "change only while no staffing or hearing uses the place.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = MeetingPlaceData.class))))
    ResponseEntity<MeetingPlace> patch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody JsonNode body) {
        JsonPatches.Patched<MeetingPlaceData> patched = patches.apply(places.data(user, id), body,
                MeetingPlaceData.class, ifMatch);
        places.update(user, id, patched.value(), patched.expectedVersion(), patched.precondition());
        MeetingPlace place = places.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(place.version())).body(place);
    }
}
