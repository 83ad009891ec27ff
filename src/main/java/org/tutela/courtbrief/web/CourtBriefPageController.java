package org.tutela.courtbrief.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.courtbrief.CourtBrief;
import org.tutela.courtbrief.CourtBriefPdf;
import org.tutela.courtbrief.CourtBriefs;
import org.tutela.courtbrief.PerpetratorTimeline;
import org.tutela.courtbrief.TimelineEntry;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Downloads;

@Controller
class CourtBriefPageController {

    private final CourtBriefs briefs;
    private final CourtBriefPdf pdf;
    private final PerpetratorTimeline timeline;

    CourtBriefPageController(CourtBriefs briefs, CourtBriefPdf pdf, PerpetratorTimeline timeline) {
        this.briefs = briefs;
        this.pdf = pdf;
        this.timeline = timeline;
    }

    @GetMapping("/cases/{id}/court-brief")
    String brief(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("brief", briefs.brief(me, id));
        return "courtbrief/brief";
    }

    @GetMapping("/cases/{id}/court-brief.pdf")
    ResponseEntity<byte[]> briefPdf(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        CourtBrief brief = briefs.brief(me, id);
        return Downloads.attachment("court-brief-" + brief.caseNumber() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                pdf.render(brief));
    }

    @GetMapping("/perpetrators/{id}/timeline")
    String timeline(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                    @RequestParam(required = false) Set<TimelineEntry.Kind> kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Model model) {
        Set<TimelineEntry.Kind> kinds = kind == null ? EnumSet.noneOf(TimelineEntry.Kind.class) : kind;
        model.addAttribute("perpetrator", timeline.perpetrator(me, id));
        model.addAttribute("entries", timeline.entries(me, id, kinds, from, to));
        model.addAttribute("kinds", TimelineEntry.Kind.values());
        model.addAttribute("selected", kinds);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "courtbrief/timeline";
    }
}
