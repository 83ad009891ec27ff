package org.tutela.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.consent.Advocacy;
import org.tutela.consent.OutcomeData;
import org.tutela.consent.Referral;
import org.tutela.consent.Release;
import org.tutela.consent.ReleaseData;
import org.tutela.consent.RevocationData;
import org.tutela.directory.CurrentUser;
import org.tutela.documents.Upload;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Advocate referrals and releases", description = "A survivor referred to the co-located DV advocate, the "
        + "outcome, and the survivor's Releases of Information between the DV center and its BAS (C.1.6.1)")
class AdvocacyApiController {

    private final Advocacy advocacy;

    AdvocacyApiController(Advocacy advocacy) {
        this.advocacy = advocacy;
    }

    @PostMapping("/cases/{caseId}/advocate-referrals")
    @Operation(summary = "Refer the case's survivor to a DV center's advocate (the case's CPI, case manager or "
            + "supervisor): {\"survivorId\", \"centerId\"} (the center may be left out when the region has one)")
    ResponseEntity<Referral> refer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID caseId,
                                   @RequestBody org.tutela.consent.ReferralData request) {
        UUID id = advocacy.refer(user, caseId, request);
        Referral r = advocacy.referralsOn(user, caseId).stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/advocacy")).body(r);
    }

    @GetMapping("/cases/{caseId}/advocacy")
    @Operation(summary = "The case's referrals as you may see them, and (for its BAS, under a live release only) the "
            + "survivors' enrollment in DV center services")
    Map<String, Object> onCase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID caseId) {
        return Map.of("referrals", advocacy.referralsOn(user, caseId), "enrollments",
                advocacy.enrollments(user, caseId));
    }

    @GetMapping("/advocate-referrals")
    @Operation(summary = "The referrals to your DV center (advocates), those awaiting an answer first")
    Map<String, List<Referral>> referrals(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", advocacy.referralsOfCenter(user));
    }

    @PostMapping("/advocate-referrals/{id}/outcome")
    @Operation(summary = "Record what came of a referral (advocates): {\"outcome\":\"ENROLLED\"|\"DECLINED\"|"
            + "\"UNABLE_TO_REACH\",\"on\"}")
    Referral outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                     @RequestBody OutcomeData request) {
        return advocacy.recordOutcome(user, id, request);
    }

    @GetMapping("/rois")
    @Operation(summary = "Releases of Information: all of your center's (advocates); the live ones of your center "
            + "(BAS, each reading audited)")
    Map<String, List<Release>> releases(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", advocacy.releases(user));
    }

    @GetMapping("/rois/{id}")
    @Operation(summary = "A Release of Information (its center's advocates; its center's BAS while it is live)")
    Release release(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return advocacy.release(user, id);
    }

    @PostMapping(value = "/rois", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a release the survivor signed (advocates): survivorId (referred to your center), "
            + "purposes CONFIRM_ENROLLMENT, SHARE_BATTERER_INFORMATION; scope ENROLLMENT_STATUS, SURVIVOR_DISCUSSION; "
            + "signedOn; expiresOn (required)")
    ResponseEntity<Release> record(@AuthenticationPrincipal CurrentUser user, @RequestBody ReleaseData request) {
        return created(user, advocacy.recordRelease(user, request, Optional.empty()));
    }

    @PostMapping(value = "/rois", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a release with its signed form: part 'release' (JSON) and part 'file' (PDF, PNG or "
            + "JPEG; at most 20 MB)")
    ResponseEntity<Release> recordWithForm(@AuthenticationPrincipal CurrentUser user,
                                           @RequestPart("release") ReleaseData request,
                                           @RequestPart(value = "file", required = false) MultipartFile file) {
        return created(user, advocacy.recordRelease(user, request, Upload.of(file)));
    }

    @PostMapping("/rois/{id}/revocation")
    @Operation(summary = "The survivor revoked the release (advocates): {\"revokedOn\",\"receivedHow\":\"IN_WRITING\"|"
            + "\"IN_PERSON\"|\"BY_PHONE\"|\"BY_EMAIL\"}; the BAS's access ends at once")
    Release revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestBody RevocationData request) {
        return advocacy.revoke(user, id, request);
    }

    private ResponseEntity<Release> created(CurrentUser user, UUID id) {
        return ResponseEntity.created(URI.create("/api/v1/rois/" + id)).body(advocacy.release(user, id));
    }
}
