package org.tutela.compliance.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.documents.Download;
import org.tutela.documents.Upload;
import org.tutela.compliance.CheckData;
import org.tutela.compliance.EscalationData;
import org.tutela.compliance.EscalationResponse;
import org.tutela.compliance.FirearmContactData;
import org.tutela.compliance.FirearmFollowUps;
import org.tutela.compliance.FirearmWorkerContacts;
import org.tutela.compliance.FirearmOutcomeData;
import org.tutela.compliance.Obligation;
import org.tutela.compliance.ObligationData;
import org.tutela.compliance.Obligations;
import org.tutela.compliance.WorkerContactData;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Compliance monitoring")
class ComplianceApiController {

    private final Obligations obligations;
    private final FirearmWorkerContacts workerContacts;

    ComplianceApiController(Obligations obligations, FirearmWorkerContacts workerContacts) {
        this.obligations = obligations;
        this.workerContacts = workerContacts;
    }

    @PostMapping("/monitoring/{id}/obligations")
    @Operation(summary = "Record an obligation of the monitored perpetrator (BAS): source DEPENDENCY_CASE_PLAN, "
            + "CRIMINAL_ORDER, INJUNCTION (with injunctionKind), BIP or FIREARM_SURRENDER (with dueOn)")
    ResponseEntity<Obligation> add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                   @RequestBody ObligationData request) {
        UUID obligationId = obligations.add(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/obligations/" + obligationId))
                .body(obligations.get(user, obligationId));
    }

    @GetMapping("/monitoring/{id}/obligations")
    @Operation(summary = "The obligations under one monitoring")
    Map<String, List<Obligation>> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return Map.of("items", obligations.forMonitoring(user, id));
    }

    @GetMapping("/obligations/{id}")
    @Operation(summary = "An obligation with its checks, status history and firearm follow-up")
    Obligation get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return obligations.get(user, id);
    }

    @PostMapping(value = "/obligations/{id}/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a compliance check without an attachment (BAS); its finding becomes the status")
    ResponseEntity<Obligation.Check> check(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                           @RequestBody CheckData request) {
        return created(user, id, obligations.check(user, id, request, Optional.empty()));
    }

    @PostMapping(value = "/obligations/{id}/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a compliance check with evidence (BAS): part 'check' (JSON) and part 'file' "
            + "(PDF, PNG or JPEG, at most 20 MB; the type is read from the content)")
    ResponseEntity<Obligation.Check> checkWithFile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                                   @RequestPart("check") CheckData request,
                                                   @RequestPart(value = "file", required = false) MultipartFile file) {
        return created(user, id, obligations.check(user, id, request, Upload.of(file)));
    }

    private ResponseEntity<Obligation.Check> created(CurrentUser user, UUID obligationId, UUID checkId) {
        Obligation.Check check = obligations.get(user, obligationId).checks().stream()
                .filter(c -> c.id().equals(checkId)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/checks/" + checkId + "/attachment")).body(check);
    }

    @GetMapping("/checks/{id}/attachment")
    @Operation(summary = "The evidence attached to a compliance check")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Download a = obligations.attachment(user, id);
        return Downloads.attachment(a.name(), a.contentType(), a.content());
    }

    @PostMapping("/obligations/{id}/firearm-contacts")
    @Operation(summary = "Record a contact with law enforcement or the court about a firearm surrender (BAS)")
    ResponseEntity<Obligation> contact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @RequestBody FirearmContactData request) {
        obligations.addContact(user, id, request);
        return ResponseEntity.status(201).body(obligations.get(user, id));
    }

    @PostMapping("/obligations/{id}/firearm-worker-contacts")
    @Operation(summary = "Document your follow-up of a firearm surrender (the case's CPI, case manager or supervisor): "
            + "the date, whom you contacted (LAW_ENFORCEMENT, COURT or OTHER, then say whom in the note), the outcome "
            + "(SURRENDER_CONFIRMED, NO_FIREARMS_REPORTED, PENDING or UNABLE_TO_REACH) and a short note. The BAS sees "
            + "it under firearm.workerContacts; a reported surrender is confirmed by the BAS with the receipt or "
            + "inventory, which alone closes the follow-up.")
    ResponseEntity<Obligation> workerContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                             @RequestBody WorkerContactData request) {
        workerContacts.document(user, id, request);
        return ResponseEntity.status(201).body(obligations.get(user, id));
    }

    @PostMapping("/obligations/{id}/firearm-outcome")
    @Operation(summary = "Record the outcome of a firearm surrender order (BAS)")
    Obligation outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestBody FirearmOutcomeData request) {
        obligations.recordOutcome(user, id, request);
        return obligations.get(user, id);
    }

    @PostMapping("/obligations/{id}/escalations")
    @Operation(summary = "Escalate an unresolved firearm follow-up through a cross-system channel (BAS)")
    ResponseEntity<Obligation> escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                        @RequestBody EscalationData request) {
        obligations.escalate(user, id, request);
        return ResponseEntity.status(201).body(obligations.get(user, id));
    }

    @PostMapping("/escalations/{id}/response")
    @Operation(summary = "Record the response to an escalation and whether it resolves the concern (BAS)")
    Obligation respond(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestBody EscalationResponse request) {
        return obligations.get(user, obligations.respond(user, id, request));
    }

    @GetMapping("/firearm-followups")
    @Operation(summary = "Firearm surrender follow-ups on the cases you may see, overdue first")
    Map<String, List<FirearmFollowUps.Item>> followUps(@AuthenticationPrincipal CurrentUser user,
                                                       @RequestParam(defaultValue = "false") boolean overdue,
                                                       @RequestParam(required = false) UUID caseId) {
        return Map.of("items", obligations.firearmFollowUps(user, overdue, caseId));
    }

}
