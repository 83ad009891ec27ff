package org.tutela.courtbrief;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tutela.compliance.Obligation;
import org.tutela.consultation.Consultation;

/** Lays a court brief out as a PDF of one to three pages (OpenPDF). */
@Component
public class CourtBriefPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, new Color(0x1f, 0x4e, 0x79));
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Color.DARK_GRAY);
    private static final Color HEADER_BG = new Color(0xee, 0xf2, 0xf6);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public byte[] render(CourtBrief brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Court brief " + brief.caseNumber());
            document.addCreator("Tutela");
            document.open();
            document.add(new Paragraph("Court brief: case " + brief.caseNumber(), TITLE));
            document.add(new Paragraph("Prepared " + brief.preparedOn() + " by " + brief.preparedBy()
                    + " (Batterer Accountability Specialist program). Case status: " + words(brief.caseStatus())
                    + ". Maltreatments: " + String.join(", ", brief.maltreatments()) + ".", TEXT));
            document.add(new Paragraph("For the dependency court and Children's Legal Services. It contains no "
                    + "information about the survivor's or the children's whereabouts or services.", SMALL));

            heading(document, "Perpetrator");
            PdfPTable people = table(new float[] {3, 2, 3}, "Name", "Date of birth", "Compliance monitoring");
            for (CourtBrief.Perpetrator p : brief.perpetrators()) {
                cells(people, p.name(), text(p.dateOfBirth()), p.monitoredSince() == null ? "Not monitored"
                        : "Since " + p.monitoredSince() + (p.monitoringEndedOn() == null ? "" : ", ended " + p.monitoringEndedOn()));
            }
            add(document, people, brief.perpetrators().isEmpty(), "No perpetrator is recorded on the case.");

            heading(document, "Obligations and compliance");
            PdfPTable obligations = table(new float[] {2.2f, 4, 2.6f, 1.6f, 3}, "Source", "Requirement", "Issued by",
                    "Status", "Latest check");
            for (Obligation o : brief.obligations()) {
                Optional<Obligation.Check> latest = o.checks().stream().findFirst();
                cells(obligations, words(o.source())
                                + (o.injunctionKind() == null ? "" : " (" + words(o.injunctionKind()) + ")"),
                        sentence(o.requirement()) + (o.dueOn() == null ? "" : " Due\u00a0" + o.dueOn() + ".")
                                + (o.recurrence() == null ? "" : " " + o.recurrence() + "."),
                        o.issuer() + (o.orderNumber() == null ? "" : ", " + o.orderNumber()) + ", ordered " + o.orderedOn(),
                        words(o.status()),
                        latest.map(c -> c.checkedOn() + ", " + words(c.source()).toLowerCase() + ": "
                                + shorten(c.note(), 160)).orElse("No check yet"));
            }
            add(document, obligations, brief.obligations().isEmpty(), "No obligations are recorded.");

            heading(document, "Firearm surrender");
            PdfPTable firearms = table(new float[] {3, 2, 3, 3}, "Order", "Due", "Outcome", "Follow-up");
            for (Obligation o : brief.firearmObligations()) {
                Obligation.FirearmFollowUp f = o.firearm();
                cells(firearms, o.issuer() + (o.orderNumber() == null ? "" : ", " + o.orderNumber()), text(o.dueOn()),
                        f.outcome() == null ? "No outcome confirmed" : words(f.outcome())
                                + " (" + f.outcomeOn() + ")" + (f.evidence() == null ? "" : ": " + f.evidence()),
                        (f.overdue() ? "OVERDUE since " + f.overdueAfter() + ". " : f.resolved() ? "Resolved. " : "Open. ")
                                + count(f.contacts().size(), "contact") + " with law enforcement and the court, "
                                + count(f.escalations().size(), "escalation") + "."
                                + (f.professionalDocumented() == null ? "" : f.professionalDocumented()
                                ? " Documented by the child welfare professional." : " Not yet documented by the child welfare professional."));
            }
            add(document, firearms, brief.firearmObligations().isEmpty(), "No firearm surrender is ordered.");

            heading(document, "Staffings and hearings");
            PdfPTable events = table(new float[] {2.4f, 2.2f, 3, 1.6f, 4}, "Event", "When", "Where", "BAS", "Accountability notes");
            for (CourtBrief.Event e : brief.events()) {
                cells(events, words(e.type()), e.startsAt().format(WHEN),
                        e.place() != null ? e.place() : "To be confirmed", words(e.status()), shorten(e.accountabilityNotes(), 240));
            }
            add(document, events, brief.events().isEmpty(), "The BAS has not attended a staffing or hearing on this case.");

            heading(document, "Consultations (" + brief.consultationsTotal() + ")");
            PdfPTable consultations = table(new float[] {1.8f, 4, 1.6f, 1.6f}, "Date", "Professional", "E.1.1", "E.1.2");
            for (Consultation c : brief.consultations()) {
                cells(consultations, text(c.consultedOn()), c.professionalName() + ", " + c.professionalRole() + " ("
                        + c.organizationName() + ")", c.complianceMonitoring() == org.tutela.consultation.ComplianceAnswer.NOT_APPLICABLE
                                ? "N/A" : words(c.complianceMonitoring()), words(c.guidedSafetyActions()));
            }
            add(document, consultations, brief.consultations().isEmpty(), "No consultations are logged on this case.");
            if (brief.consultationsTotal() > brief.consultations().size()) {
                document.add(new Paragraph("The " + brief.consultations().size() + " most recent of "
                        + brief.consultationsTotal() + " consultations are listed.", SMALL));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the court brief", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(HEADER_BG);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : v, TEXT));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }

    private static void add(Document document, PdfPTable table, boolean empty, String whenEmpty) {
        document.add(empty ? new Paragraph(whenEmpty, TEXT) : table);
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    /** An enum constant as words: FIREARM_SURRENDER as "Firearm surrender". */
    static String words(Enum<?> value) {
        return value == null ? "" : words(value.name());
    }

    static String words(String constant) {
        String w = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
