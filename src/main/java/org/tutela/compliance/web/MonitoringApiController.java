package org.tutela.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.Monitoring;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Compliance monitoring", description = "Batterer compliance monitoring (C.1.5)")
class MonitoringApiController {

    record StartRequest(UUID perpetratorId, LocalDate startedOn) {
    }

    record EndRequest(LocalDate endedOn, @Size(max = 500) String reason) {
    }

    private final ComplianceMonitoring monitoring;

    MonitoringApiController(ComplianceMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @PostMapping("/cases/{caseId}/monitoring")
    @Operation(summary = "Start monitoring the case's perpetrator (every perpetrator when perpetratorId is left out); "
            + "monitoring already running is left as it is. Answers 201 with the monitoring of the given perpetrator, "
            + "or the case's first running monitoring; GET /api/v1/monitoring?caseId= lists them all.")
    ResponseEntity<Monitoring> start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID caseId,
                                     @RequestBody(required = false) StartRequest request) {
        StartRequest r = request == null ? new StartRequest(null, null) : request;
        monitoring.start(user, caseId, r.perpetratorId(), r.startedOn());
        Monitoring running = monitoring.list(user, true, caseId).stream()
                .filter(m -> r.perpetratorId() == null || r.perpetratorId().equals(m.perpetratorId()))
                .reduce((newer, older) -> older).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/monitoring/" + running.id())).body(running);
    }

    @GetMapping("/monitoring")
    @Operation(summary = "Monitoring on the cases you may see; status RUNNING or ENDED")
    Map<String, List<Monitoring>> list(@AuthenticationPrincipal CurrentUser user,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) UUID caseId) {
        Boolean running = status == null || status.isBlank() ? null : switch (status.trim().toUpperCase()) {
            case "RUNNING", "ACTIVE", "OPEN" -> true;
            case "ENDED", "CLOSED" -> false;
            default -> throw new InvalidInput("status", "invalid.monitoring.status");
        };
        return Map.of("items", monitoring.list(user, running, caseId));
    }

    @GetMapping("/monitoring/{id}")
    @Operation(summary = "One monitoring")
    Monitoring get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return monitoring.get(user, id);
    }

    @PostMapping("/monitoring/{id}/end")
    @Operation(summary = "End monitoring, with the reason")
    Monitoring end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody EndRequest request) {
        monitoring.end(user, id, request.endedOn(), request.reason());
        return monitoring.get(user, id);
    }
}
