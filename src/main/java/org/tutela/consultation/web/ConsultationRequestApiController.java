package org.tutela.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.consultation.ConsultationRequest;
import org.tutela.consultation.ConsultationRequestData;
import org.tutela.consultation.ConsultationRequests;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.PageOf;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Consultation requests", description = "Child welfare professionals ask the BAS for a consultation on a "
        + "case; the BAS's next consultation on the case answers it")
class ConsultationRequestApiController {

    private final ConsultationRequests requests;

    ConsultationRequestApiController(ConsultationRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/cases/{id}/consultation-requests")
    @Operation(summary = "Ask the BAS for a consultation on a case (CPIs, case managers, supervisors of the case): a "
            + "reason from the list and an optional short note without contact details; one open request per case")
    ResponseEntity<ConsultationRequest> request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                                @RequestBody ConsultationRequestData request) {
        UUID created = requests.request(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/consultation-requests/" + created))
                .body(requests.get(user, created));
    }

    @GetMapping("/consultation-requests")
    @Operation(summary = "Requests for a consultation on the cases you may see (for a BAS, those of their region): "
            + "open ones first, the longest waiting first")
    PageOf<ConsultationRequest> list(@AuthenticationPrincipal CurrentUser user,
                                     @Parameter(description = "true: only open requests; false: only answered ones")
                                     @RequestParam(required = false) Boolean open,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return requests.list(user, open, PageOf.page(page), PageOf.size(size, 50));
    }

    @GetMapping("/consultation-requests/{id}")
    @Operation(summary = "One request for a consultation, on a case you may see")
    ConsultationRequest get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return requests.get(user, id);
    }
}
