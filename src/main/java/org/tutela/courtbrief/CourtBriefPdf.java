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
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tutela.compliance.Obligation;
import org.tutela.consultation.Consultation;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;

/** Lays a court brief out as a PDF of one to three pages (OpenPDF). */
@Component
public class CourtBriefPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, new Color(0x1f, 0x4e, 0x79));
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Color.DARK_GRAY);
    private static final Color HEADER_BG = new Color(0xee, 0xf2, 0xf6);

    /** The brief in the reader's language (the request's), worded for the court rather than in contract codes. */
    public byte[] render(CourtBrief brief) {
        Dates dates = new Dates();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t("brief.title", brief.caseNumber()));
            document.addCreator("Tutela");
            document.open();
            document.add(new Paragraph(t("brief.title", brief.caseNumber()), TITLE));
            document.add(new Paragraph(t("brief.prepared", dates.day(brief.preparedOn()), brief.preparedBy(),
                    t("status." + brief.caseStatus()), String.join(", ", brief.maltreatments())), TEXT));
            document.add(new Paragraph(t("brief.notice"), SMALL));

            heading(document, t("brief.perpetrator"));
            PdfPTable people = table(new float[] {3, 2, 3}, t("brief.name"), t("person.dateOfBirth"), t("monitoring.title"));
            for (CourtBrief.Perpetrator p : brief.perpetrators()) {
                cells(people, p.name(), day(dates, p.dateOfBirth()), p.monitoredSince() == null ? t("brief.notMonitored")
                        : t("brief.monitoredSince", dates.day(p.monitoredSince())) + (p.monitoringEndedOn() == null ? ""
                        : ", " + t("brief.ended", dates.day(p.monitoringEndedOn()))));
            }
            add(document, people, brief.perpetrators().isEmpty(), t("brief.noPerpetrator"));

            heading(document, t("brief.obligations"));
            PdfPTable obligations = table(new float[] {2.2f, 4, 2.6f, 1.6f, 3}, t("obligation.source"),
                    t("obligation.requirement"), t("obligation.issuer"), t("obligation.status"), t("brief.latestCheck"));
            for (Obligation o : brief.obligations()) {
                Optional<Obligation.Check> latest = o.checks().stream().findFirst();
                cells(obligations, t("source." + o.source())
                                + (o.injunctionKind() == null ? "" : " (" + t("injunctionKind." + o.injunctionKind()) + ")"),
                        sentence(o.requirement()) + (o.dueOn() == null ? "" : " " + t("brief.dueOn", dates.day(o.dueOn())))
                                + (o.recurrence() == null ? "" : " " + o.recurrence() + "."),
                        o.issuer() + (o.orderNumber() == null ? "" : ", " + o.orderNumber()) + ", "
                                + t("brief.orderedOn", dates.day(o.orderedOn())),
                        t("obligationStatus." + o.status()),
                        latest.map(c -> dates.day(c.checkedOn()) + ", " + t("informationSource." + c.source()) + ": "
                                + shorten(c.note(), 160)).orElse(t("brief.noCheck")));
            }
            add(document, obligations, brief.obligations().isEmpty(), t("obligations.none"));

            heading(document, t("brief.bip"));
            PdfPTable programs = table(new float[] {3, 3, 2.4f, 2, 2}, t("bip.participant"), t("bip.provider"),
                    t("bip.status"), t("bip.attendance"), t("bip.expiresOn"));
            for (org.tutela.bip.BipReferral r : brief.programs()) {
                cells(programs, r.participantName(), r.providerName(),
                        r.dischargeReason() == org.tutela.bip.DischargeReason.ATTENDED_26_OF_26
                                ? t("bip.status.attendedAll", r.attended()) : t("bip.status." + r.status())
                                + (r.homicideAlert() ? ". " + t("bip.alert.tag") : ""),
                        t("bip.progress", r.attended(), r.sessionsRequired()), dates.day(r.expiresOn()));
            }
            add(document, programs, brief.programs().isEmpty(), t("brief.noBip"));

            heading(document, t("firearm.title"));
            PdfPTable firearms = table(new float[] {3, 2, 3, 3}, t("brief.firearm.order"), t("obligation.dueOn"),
                    t("brief.firearm.outcome"), t("brief.firearm.followUp"));
            for (Obligation o : brief.firearmObligations()) {
                Obligation.FirearmFollowUp f = o.firearm();
                cells(firearms, o.issuer() + (o.orderNumber() == null ? "" : ", " + o.orderNumber()), day(dates, o.dueOn()),
                        f.outcome() == null ? t("firearm.noOutcome") : t("firearmOutcome." + f.outcome())
                                + " (" + dates.day(f.outcomeOn()) + ")" + (f.evidence() == null ? "" : ": " + f.evidence()),
                        (f.overdue() ? t("brief.firearm.overdueSince", dates.day(f.overdueAfter())) : f.resolved()
                                ? t("firearm.resolved") + "." : t("brief.firearm.open")) + " "
                                + t("brief.firearm.contacts", f.contacts().size(), f.escalations().size())
                                + (f.professionalDocumented() == null ? "" : " " + t(f.professionalDocumented()
                                ? "brief.firearm.documented" : "brief.firearm.notDocumented")));
            }
            add(document, firearms, brief.firearmObligations().isEmpty(), t("brief.noFirearm"));

            heading(document, t("brief.events"));
            PdfPTable events = table(new float[] {2.4f, 2.2f, 3, 1.6f, 4}, t("brief.event"), t("brief.when"),
                    t("brief.where"), t("brief.basStatus"), t("brief.notes"));
            for (CourtBrief.Event e : brief.events()) {
                cells(events, t("eventType." + e.type()), dates.dayTime(e.startsAt()),
                        e.place() != null ? e.place() : t("calendar.place.unconfirmed"), t("eventStatus." + e.status()),
                        shorten(e.accountabilityNotes(), 240));
            }
            add(document, events, brief.events().isEmpty(), t("brief.noEvents"));

            heading(document, t("brief.consultations", brief.consultationsTotal()));
            PdfPTable consultations = table(new float[] {1.8f, 4, 1.6f, 1.6f}, t("consultation.consultedOn"),
                    t("consultation.professional"), t("consultation.e11.short"), t("consultation.e12.short"));
            for (Consultation c : brief.consultations()) {
                cells(consultations, dates.day(c.consultedOn()), c.professionalName() + ", " + c.professionalRole() + " ("
                        + c.organizationName() + ")", t("answer." + c.complianceMonitoring()),
                        t("answer." + c.guidedSafetyActions()));
            }
            add(document, consultations, brief.consultations().isEmpty(), t("consultations.none"));
            if (brief.consultationsTotal() > brief.consultations().size()) {
                document.add(new Paragraph(t("brief.consultations.more", brief.consultations().size(),
                        brief.consultationsTotal()), SMALL));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the court brief", e);
        }
        return out.toByteArray();
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }

    private static String day(Dates dates, java.time.LocalDate day) {
        return day == null ? "—" : dates.day(day);
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
