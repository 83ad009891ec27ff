package org.tutela.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.directory.CurrentUser;
import org.tutela.reporting.ReportPeriod;
import org.tutela.reporting.StopBasPdf;
import org.tutela.reporting.StopBasReport;
import org.tutela.reporting.StopBasReports;
import org.tutela.reporting.StopBasXlsx;
import org.tutela.reporting.StopBasSubmissions;
import org.tutela.reporting.Submission;
import org.tutela.reporting.SubmissionReview;
import org.tutela.shared.Downloads;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The STOP BAS report (Template 1, E.1): BAS for their DV center, contract managers "
        + "and program leaders for any DV center of their region")
class StopBasApiController {

    private final StopBasReports reports;
    private final StopBasXlsx xlsx;
    private final StopBasPdf pdf;
    private final StopBasSubmissions submissions;

    StopBasApiController(StopBasReports reports, StopBasXlsx xlsx, StopBasPdf pdf, StopBasSubmissions submissions) {
        this.submissions = submissions;
        this.reports = reports;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/stop-bas")
    @Operation(summary = "The STOP BAS report of a provider for a fiscal quarter (quarter=2026-Q2) or a date range "
            + "(from, to; at most 2 years); without either, the current fiscal quarter. E.1.1 and E.1.2 (numerator, "
            + "denominator, percent, met), and every case of their denominators with why a case does not count "
            + "(e11.cases, e12.cases) only with cases=true; consultations by agency type and topic, and each "
            + "consultation (consultations.items) only with items=true (which lists the cases too); staffings and "
            + "hearings attended; monitoring, checks and firearm follow-ups. Case ids (links) for the BAS only. "
            + "Audited as a READ",
            description = "A busy provider's quarter holds over 100,000 consultations over some 35,000 cases: their "
                    + "lists are left out unless asked for. cases=true lists, for E.1.1 and E.1.2, each case of the "
                    + "denominator in case number order, counted (on which day, by which agency type) or not and "
                    + "why not; items=true lists each consultation (consultations.items) by day, case number and as "
                    + "written, and each case as cases=true does. Without them the figures are the same. The web "
                    + "page, the workbook (stop-bas.xlsx) and the PDF always list each case and each consultation.")
    StopBasReport report(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
                         @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String from,
                         @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String to,
                         @Parameter(description = "the DV center; default: the BAS's own, or the region's first")
                         @RequestParam(required = false) UUID providerId,
                         @Parameter(description = "true: list each case of E.1.1's and E.1.2's denominators with why "
                                 + "it does not count (e11.cases, e12.cases)")
                         @RequestParam(defaultValue = "false") boolean cases,
                         @Parameter(description = "true: list each consultation of the period (consultations.items), "
                                 + "and each case as cases=true does")
                         @RequestParam(defaultValue = "false") boolean items) {
        return reports.report(user, providerId, reports.period(quarter, from, to), items, cases || items);
    }

    /** What the BAS sends to submit a quarter. */
    record SubmissionRequest(String quarter) {
    }

    @PostMapping("/stop-bas/submissions")
    @Operation(summary = "The BAS submits their DV center's report of a fiscal quarter that has ended "
            + "({\"quarter\":\"2026-Q1\"}): its figures are kept, and a later change to a consultation dated in the "
            + "quarter needs an amendmentReason and is listed as amended after submission. 400 if the quarter has not "
            + "ended or is submitted already (a returned one may be submitted again)")
    ResponseEntity<Submission> submit(@AuthenticationPrincipal CurrentUser user, @RequestBody SubmissionRequest body) {
        UUID id = submissions.submit(user, body == null ? null : body.quarter());
        return ResponseEntity.created(URI.create("/api/v1/reports/stop-bas/submissions/" + id))
                .body(submissions.get(user, id));
    }

    @GetMapping("/stop-bas/submissions")
    @Operation(summary = "A DV center's submitted reports, newest first, of one quarter or all")
    List<Submission> submissions(@AuthenticationPrincipal CurrentUser user,
                                 @RequestParam(required = false) UUID providerId,
                                 @RequestParam(required = false) String quarter) {
        return submissions.list(user, providerId, quarter == null || quarter.isBlank() ? null : quarter.trim());
    }

    @GetMapping("/stop-bas/submissions/{id}")
    @Operation(summary = "One submitted report with the figures it kept (the report of its quarter shows them beside "
            + "the current ones)")
    Submission submission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return submissions.get(user, id);
    }

    @PostMapping("/stop-bas/submissions/{id}/review")
    @Operation(summary = "A contract manager of the region accepts the submitted report or returns it: "
            + "{\"decision\":\"ACCEPTED\"|\"RETURNED\",\"comment\"} (a comment is required to return it)")
    Submission review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                      @RequestBody SubmissionReview body) {
        submissions.review(user, id, body == null ? new SubmissionReview(null, null) : body);
        return submissions.get(user, id);
    }

    @GetMapping("/stop-bas.xlsx")
    @Operation(summary = "The same report as an Excel workbook, a sheet per section and drill-down; audited as an EXPORT")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) UUID providerId) {
        ReportPeriod period = reports.period(quarter, from, to);
        StopBasReport report = reports.export(user, providerId, period);
        return Downloads.attachment(StopBasPages.fileName(report, "xlsx"), StopBasXlsx.CONTENT_TYPE, xlsx.render(report));
    }

    @GetMapping("/stop-bas.pdf")
    @Operation(summary = "The same report as a PDF; audited as an EXPORT")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) UUID providerId) {
        ReportPeriod period = reports.period(quarter, from, to);
        StopBasReport report = reports.export(user, providerId, period);
        return Downloads.attachment(StopBasPages.fileName(report, "pdf"), MediaType.APPLICATION_PDF_VALUE,
                pdf.render(report));
    }
}
