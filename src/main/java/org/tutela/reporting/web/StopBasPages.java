package org.tutela.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.FiscalQuarter;
import org.tutela.reporting.ReportPeriod;
import org.tutela.reporting.StopBasPdf;
import org.tutela.reporting.StopBasReport;
import org.tutela.reporting.StopBasReports;
import org.tutela.reporting.StopBasXlsx;
import org.tutela.reporting.StopBasSubmissions;
import org.tutela.reporting.Submission;
import org.tutela.reporting.SubmissionReview;
import org.tutela.shared.Downloads;
import org.tutela.shared.InvalidInput;

/** The STOP BAS report's page: a period (and provider) chooser, the measures, their drill-down, and the downloads. */
@Controller
class StopBasPages {

    /** How many fiscal quarters the chooser offers, the current one first. */
    static final int QUARTERS = 8;

    private final StopBasReports reports;
    private final StopBasXlsx xlsx;
    private final StopBasPdf pdf;
    private final StopBasSubmissions submissions;

    StopBasPages(StopBasReports reports, StopBasXlsx xlsx, StopBasPdf pdf, StopBasSubmissions submissions) {
        this.submissions = submissions;
        this.reports = reports;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/reports/stop-bas")
    String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String quarter,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String providerId, Model model) {
        List<StopBasReport.Provider> providers = reports.providers(me);
        model.addAttribute("providers", providers);
        model.addAttribute("chooseProvider", me.role() != Role.BAS);
        model.addAttribute("links", me.role() == Role.BAS);
        model.addAttribute("target", org.tutela.reporting.Measure.TARGET);
        List<FiscalQuarter> quarters = new ArrayList<>();
        for (FiscalQuarter q = reports.currentQuarter(); quarters.size() < QUARTERS; q = q.previous()) {
            quarters.add(q);
        }
        model.addAttribute("quarters", quarters);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        Map<String, String> errors = new LinkedHashMap<>();
        ReportPeriod period = null;
        UUID provider = null;
        try {
            provider = providerId == null || providerId.isBlank() ? null : UUID.fromString(providerId.trim());
        } catch (IllegalArgumentException e) {
            errors.put("providerId", new InvalidInput.FieldError("providerId", "invalid.value").message());
        }
        try {
            period = reports.period(quarter, from, to);
        } catch (InvalidInput e) {
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("quarter", period != null && period.quarter() != null ? period.quarter().name()
                : quarter == null || quarter.isBlank() ? reports.currentQuarter().name() : quarter);
        if (!errors.isEmpty()) {
            // as a form shown again: the fields at fault said next to them (the API answers 400)
            return "reporting/stop-bas";
        }
        StopBasReport report = reports.report(me, provider, period);
        model.addAttribute("report", report);
        model.addAttribute("query", query(report, period));
        return "reporting/stop-bas";
    }

    /** The BAS submits the quarter's report; a refusal (not ended, submitted already) is said on the page. */
    @PostMapping("/reports/stop-bas/submissions")
    String submit(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String quarter, Model model) {
        String name = quarter == null ? "" : quarter.trim();
        try {
            submissions.submit(me, name);
            // a quarter's name, checked by submit: digits, a dash and Q
            return "redirect:/reports/stop-bas?quarter=" + name + "&submitted#submission-section";
        } catch (InvalidInput e) {
            model.addAttribute("submissionError", e.errors().get(0).message());
            return page(me, name, null, null, null, model);
        }
    }

    /** A contract manager accepts the submitted report or returns it with a comment. */
    @PostMapping("/reports/stop-bas/submissions/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
                  Model model) {
        Submission s = submissions.get(me, id);
        try {
            submissions.review(me, id, new SubmissionReview(decision(decision), comment));
            return "redirect:/reports/stop-bas?providerId=" + s.providerId() + "&quarter=" + s.quarter()
                    + "&reviewed#submission-section";
        } catch (InvalidInput e) {
            model.addAttribute("reviewError", e.errors().get(0).message());
            model.addAttribute("reviewComment", comment);
            return page(me, s.quarter(), null, null, s.providerId().toString(), model);
        }
    }

    private static SubmissionReview.Decision decision(String value) {
        try {
            return value == null ? null : SubmissionReview.Decision.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("decision", "invalid.value");
        }
    }

    @GetMapping("/reports/stop-bas.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String quarter,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) UUID providerId) {
        StopBasReport report = reports.export(me, providerId, reports.period(quarter, from, to));
        return Downloads.attachment(fileName(report, "xlsx"), StopBasXlsx.CONTENT_TYPE, xlsx.render(report));
    }

    @GetMapping("/reports/stop-bas.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String quarter,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) UUID providerId) {
        StopBasReport report = reports.export(me, providerId, reports.period(quarter, from, to));
        return Downloads.attachment(fileName(report, "pdf"), MediaType.APPLICATION_PDF_VALUE, pdf.render(report));
    }

    /** The query that names this report again (the downloads' links): ids, ISO dates and a quarter's name only. */
    private static String query(StopBasReport report, ReportPeriod period) {
        return "providerId=" + report.provider().id() + (period.quarter() != null ? "&quarter=" + period.quarter().name()
                : "&from=" + period.from() + "&to=" + period.to());
    }

    /** {@code stop-bas-2026-Q2.xlsx}, or {@code stop-bas-2026-08-01-2026-08-31.pdf} for a range. */
    static String fileName(StopBasReport report, String extension) {
        return "stop-bas-" + (report.quarter() != null ? report.quarter() : report.from() + "-" + report.to()) + "."
                + extension;
    }
}
