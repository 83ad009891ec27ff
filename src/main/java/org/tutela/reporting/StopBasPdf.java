package org.tutela.reporting;

import static org.tutela.shared.PdfLayout.TEXT;
import static org.tutela.shared.PdfLayout.TITLE;
import static org.tutela.shared.PdfLayout.cells;
import static org.tutela.shared.PdfLayout.heading;
import static org.tutela.shared.PdfLayout.table;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;
import org.tutela.shared.PdfLayout;

/** Lays the report out as a PDF (OpenPDF), in the reader's language: the figures, then each drill-down. */
@Component
public class StopBasPdf {

    public byte[] render(StopBasReport r) {
        Dates dates = new Dates();
        return PdfLayout.pdf(t("report.title"), document -> {
            document.add(new Paragraph(t("report.title"), TITLE));
            document.add(new Paragraph(t("report.pdf.about", r.provider().name(), dates.day(r.from()), dates.day(r.to()),
                    dates.day(r.computedOn())), TEXT));

            heading(document, t("report.measures"));
            PdfPTable measures = table(new float[] {5, 2, 2, 2, 2}, t("report.measure"), t("report.numerator"),
                    t("report.denominator"), t("report.percent"), t("report.met"));
            measureRow(measures, t("report.e11.name"), r.e11());
            measureRow(measures, t("report.e12.name"), r.e12());
            document.add(measures);
            submission(document, dates, r.submission());

            drillDown(document, dates, t("report.e11.sheet"), r.e11());
            drillDown(document, dates, t("report.e12.sheet"), r.e12());

            heading(document, t("report.consultations.title"));
            PdfPTable byAgency = table(new float[] {4, 1}, t("report.agencyType"), t("report.count"));
            r.consultations().byAgencyType().forEach(c -> cells(byAgency, t("agencyType." + c.key()),
                    String.valueOf(c.count())));
            document.add(byAgency);
            PdfPTable byTopic = table(new float[] {4, 1}, t("report.topic"), t("report.count"));
            r.consultations().byTopic().forEach(c -> cells(byTopic, t("topic." + c.key()), String.valueOf(c.count())));
            byTopic.setSpacingBefore(6);
            document.add(byTopic);
            PdfPTable items = table(new float[] {3, 2, 1.4f, 5, 1.2f, 1.2f}, t("report.caseNumber"), t("report.date"),
                    t("report.agencyType"), t("report.topics"), t("consultation.e11.short"),
                    t("consultation.e12.short"));
            r.consultations().items().forEach(i -> cells(items, i.caseNumber(), dates.day(i.consultedOn()),
                    t("agencyType." + i.agencyType()), i.topics().stream().map(x -> t("topic." + x))
                            .collect(Collectors.joining(", ")), t("answer." + i.complianceMonitoring()),
                    t("answer." + i.guidedSafetyActions())));
            items.setSpacingBefore(6);
            add(document, items, r.consultations().items().isEmpty());

            heading(document, t("report.events.title") + ": " + r.events().attended());
            PdfPTable events = table(new float[] {3, 2, 3}, t("report.caseNumber"), t("report.date"),
                    t("report.eventType"));
            r.events().items().forEach(e -> cells(events, e.caseNumber(), dates.day(e.on()), t("eventType." + e.type())));
            add(document, events, r.events().items().isEmpty());

            StopBasReport.Monitoring m = r.monitoring();
            heading(document, t("report.monitored") + ": " + m.monitored());
            PdfPTable monitored = table(new float[] {3, 2, 2}, t("report.caseNumber"), t("report.startedOn"),
                    t("report.endedOn"));
            m.items().forEach(i -> cells(monitored, i.caseNumber(), dates.day(i.startedOn()),
                    i.endedOn() == null ? "" : dates.day(i.endedOn())));
            add(document, monitored, m.items().isEmpty());
            heading(document, t("report.checks") + ": " + m.checks());
            PdfPTable checks = table(new float[] {3, 2, 3, 2}, t("report.caseNumber"), t("report.date"),
                    t("report.obligation"), t("report.finding"));
            m.checkItems().forEach(c -> cells(checks, c.caseNumber(), dates.day(c.checkedOn()), t("source." + c.source()),
                    t("obligationStatus." + c.finding())));
            add(document, checks, m.checkItems().isEmpty());
            heading(document, t("report.firearm.summary", m.firearmFollowUps(), m.firearmOpen(), m.firearmOverdue(),
                    m.firearmEscalated()));
            PdfPTable firearms = table(new float[] {3, 2, 2, 1.5f}, t("report.caseNumber"), t("report.dueOn"),
                    t("report.firearm.today"), t("report.firearm.escalations"));
            m.firearmItems().forEach(f -> cells(firearms, f.caseNumber(), dates.day(f.dueOn()),
                    StopBasXlsx.firearmStatus(f), String.valueOf(f.escalations())));
            add(document, firearms, m.firearmItems().isEmpty());

            StopBasReport.Trainings tr = r.trainings();
            heading(document, t("report.trainings.count", tr.items().size(), tr.held(), tr.counted()));
            PdfPTable trainings = table(new float[] {2, 4, 1.2f, 5}, t("report.date"), t("training.name"),
                    t("training.attendees"), t("training.forReport"));
            tr.items().forEach(x -> cells(trainings, dates.day(x.on()), x.title(), String.valueOf(x.attendees()),
                    (x.counted() ? t("training.counts") : x.notCounted().stream().map(y -> t("trainingReason." + y))
                            .collect(Collectors.joining(" "))) + x.exceptions().stream()
                            .map(e -> " [" + t("trainingException." + e) + "]").collect(Collectors.joining())));
            add(document, trainings, tr.items().isEmpty());

            heading(document, t("report.meetings.title"));
            PdfPTable cadence = table(new float[] {5, 3, 1.2f, 1.2f}, t("meeting.type"), t("meetings.required"),
                    t("report.meetings.held"), t("report.meetings.missed"));
            r.meetings().requirements().forEach(x -> cells(cadence, t("meetingType." + x.type()),
                    t("cadence." + x.cadence()) + (x.slots() == 0 ? "" : " (" + x.slots() + ")"),
                    String.valueOf(x.cadence() == org.tutela.meeting.MeetingType.Cadence.AS_HELD ? x.meetings()
                            : x.held()), String.valueOf(x.missing())));
            document.add(cadence);
        });
    }

    /** A quarter's submission: who submitted it and when, its review, and the figures changed since. */
    private static void submission(Document document, Dates dates, Submission.State state) {
        if (state == null || state.live() == null) {
            return;
        }
        Submission s = state.live();
        heading(document, t("submission.title") + ": " + t("submissionStatus." + s.status()));
        document.add(new Paragraph(t("submission.submittedBy") + " " + s.submittedBy() + ", "
                + dates.day(s.submittedAt()) + (s.reviewedAt() == null ? "" : ". " + t("submission.reviewedByLabel")
                + " " + s.reviewedBy() + ", " + dates.day(s.reviewedAt())), TEXT));
        PdfPTable figures = table(new float[] {5, 3, 3}, t("submission.figure"), t("submission.submittedValue"),
                t("submission.currentValue"));
        cells(figures, t("report.e11.name"), StopBasXlsx.measureText(s.figures().e11()),
                StopBasXlsx.measureText(state.currentE11()));
        cells(figures, t("report.e12.name"), StopBasXlsx.measureText(s.figures().e12()),
                StopBasXlsx.measureText(state.currentE12()));
        state.compared().stream().filter(Figures.Compared::changed).forEach(c -> cells(figures, c.label(),
                String.valueOf(c.submitted() == null ? 0 : c.submitted()),
                String.valueOf(c.current() == null ? 0 : c.current())));
        figures.setSpacingBefore(6);
        document.add(figures);
        if (!state.amendments().isEmpty()) {
            document.add(new Paragraph(t("submission.amendments", state.amendments().size()), TEXT));
        }
    }

    private static void measureRow(PdfPTable table, String name, Measure m) {
        cells(table, name, String.valueOf(m.numerator()), String.valueOf(m.denominator()),
                m.percent() == null ? t("report.noConsultations") : t("home.rate", m.percent()),
                m.met() == null ? "" : t(m.met() ? "answer.YES" : "answer.NO"));
    }

    private static void drillDown(Document document, Dates dates, String title, Measure m) {
        heading(document, title);
        PdfPTable table = table(new float[] {3, 1.2f, 3, 6}, t("report.caseNumber"), t("report.counted"),
                t("report.countedBy"), t("report.reasons"));
        for (CaseLine c : m.cases()) {
            cells(table, c.caseNumber(), t(c.counted() ? "answer.YES" : "answer.NO"),
                    c.counted() ? t("agencyType." + c.countedAgency()) + ", " + dates.day(c.countedOn()) : "",
                    c.reasons().stream().map(reason -> reason.text().toString()).collect(Collectors.joining("; ")));
        }
        add(document, table, m.cases().isEmpty());
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }




    private static void add(Document document, PdfPTable table, boolean empty) {
        document.add(empty ? new Paragraph(t("report.none"), TEXT) : table);
    }
}
