package org.tutela.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.Consultation;
import org.tutela.consultation.ConsultationData;
import org.tutela.consultation.ConsultationFilter;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.YesNo;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.ETags;
import org.tutela.shared.JsonPatches;
import org.tutela.shared.PageOf;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "The BAS consultation log (C.1.4) and its E.1.1 / E.1.2 answers")
class ConsultationApiController {

    private final ConsultationLog log;
    private final JsonPatches patches;

    ConsultationApiController(ConsultationLog log, JsonPatches patches) {
        this.log = log;
        this.patches = patches;
    }

    @PostMapping
    @Operation(summary = "Log a consultation (BAS). E.1.1: DCF is NOT_APPLICABLE, CBC/CMO YES or NO; YES needs the "
            + "sentence \"BAS initiated batterer compliance monitoring.\" in the note and starts monitoring. E.1.2: "
            + "YES needs one of the three E.1.2 sentences.")
    ResponseEntity<Consultation> log(@AuthenticationPrincipal CurrentUser user, @RequestBody ConsultationData request) {
        UUID id = log.log(user, request);
        Consultation created = log.get(user, id);
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id)).eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Consultations on the cases you may see, newest first")
    PageOf<Consultation> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID caseId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) OrganizationType agencyType,
                              @RequestParam(required = false) ComplianceAnswer complianceMonitoring,
                              @RequestParam(required = false) YesNo guidedSafetyActions,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return log.list(user, new ConsultationFilter(caseId, from, to, agencyType, complianceMonitoring,
                guidedSafetyActions), PageOf.page(page), PageOf.size(size, 50));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation")
    ResponseEntity<Consultation> get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Consultation c = log.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(c);
    }

    @PatchMapping(value = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a consultation (BAS; JSON merge patch, the same rules as logging one)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ConsultationData.class))))
    ResponseEntity<Consultation> patch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody JsonNode body) {
        JsonPatches.Patched<ConsultationData> patched = patches.apply(log.get(user, id).data(), body,
                ConsultationData.class, ifMatch);
        log.update(user, id, patched.value(), patched.expectedVersion(), patched.precondition());
        Consultation c = log.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(c);
    }
}
