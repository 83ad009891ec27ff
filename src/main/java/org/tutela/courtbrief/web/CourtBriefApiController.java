package org.tutela.courtbrief.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.courtbrief.CourtBrief;
import org.tutela.courtbrief.CourtBriefPdf;
import org.tutela.courtbrief.CourtBriefs;
import org.tutela.courtbrief.PerpetratorTimeline;
import org.tutela.courtbrief.TimelineEntry;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Court brief", description = "The perpetrator's timeline and the court brief (C.1.5)")
class CourtBriefApiController {

    private final CourtBriefs briefs;
    private final CourtBriefPdf pdf;
    private final PerpetratorTimeline timeline;

    CourtBriefApiController(CourtBriefs briefs, CourtBriefPdf pdf, PerpetratorTimeline timeline) {
        this.briefs = briefs;
        this.pdf = pdf;
        this.timeline = timeline;
    }

    @GetMapping("/cases/{caseId}/court-brief")
    @Operation(summary = "The court brief: JSON, or a PDF with Accept: application/pdf; audited as an export")
    ResponseEntity<?> brief(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID caseId,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CourtBrief brief = briefs.brief(user, caseId);
        if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return Downloads.attachment("court-brief-" + brief.caseNumber() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                    pdf.render(brief));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(brief);
    }

    @GetMapping("/perpetrators/{id}/timeline")
    @Operation(summary = "The perpetrator's timeline, oldest first; filter by kind and dates")
    Map<String, List<TimelineEntry>> timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                              @RequestParam(required = false) Set<TimelineEntry.Kind> kind,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Map.of("items", timeline.entries(user, id,
                kind == null ? EnumSet.noneOf(TimelineEntry.Kind.class) : kind, from, to));
    }
}
