package org.tutela.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.directory.CurrentUser;
import org.tutela.reporting.ReportPeriod;
import org.tutela.reporting.StopBasPdf;
import org.tutela.reporting.StopBasReport;
import org.tutela.reporting.StopBasReports;
import org.tutela.reporting.StopBasXlsx;
import org.tutela.shared.Downloads;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The STOP BAS report (Template 1, E.1): BAS for their DV center, contract managers "
        + "and program leaders for any DV center of their region")
class StopBasApiController {

    private final StopBasReports reports;
    private final StopBasXlsx xlsx;
    private final StopBasPdf pdf;

    StopBasApiController(StopBasReports reports, StopBasXlsx xlsx, StopBasPdf pdf) {
        this.reports = reports;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/stop-bas")
    @Operation(summary = "The STOP BAS report of a provider for a fiscal quarter (quarter=2026-Q2) or a date range "
            + "(from, to; at most 2 years); without either, the current fiscal quarter. E.1.1 and E.1.2 with every case "
            + "of their denominators and why a case does not count; consultations by agency type and topic, and each "
            + "consultation (consultations.items) only with items=true; staffings and hearings attended; monitoring, "
            + "checks and firearm follow-ups. Case ids (links) for the BAS only. Audited as a READ",
            description = "A busy provider's quarter holds over 100,000 consultations: their list is left out unless "
                    + "asked for (items=true), and then consultations.items lists each one by day, case number and "
                    + "as written. The measures' drill-down (e11.cases, e12.cases) is always there; the workbook "
                    + "(stop-bas.xlsx) and the PDF always list each consultation.")
    StopBasReport report(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
                         @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String from,
                         @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String to,
                         @Parameter(description = "the DV center; default: the BAS's own, or the region's first")
                         @RequestParam(required = false) UUID providerId,
                         @Parameter(description = "true: list each consultation of the period (consultations.items)")
                         @RequestParam(defaultValue = "false") boolean items) {
        return reports.report(user, providerId, reports.period(quarter, from, to), items);
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
