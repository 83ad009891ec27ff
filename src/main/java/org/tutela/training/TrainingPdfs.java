package org.tutela.training;

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
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;

/** A training's agenda (C.2.5.4.1) and its titled sign-in sheet (C.2.5.4.3), laid out from the record (OpenPDF). */
@Component
public class TrainingPdfs {

    /** Rows of the sign-in sheet: a room's worth; a second sheet is printed for more. */
    static final int SIGN_IN_ROWS = 22;

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new Color(0x1f, 0x4e, 0x79));
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Color HEADER_BG = new Color(0xee, 0xf2, 0xf6);

    /** C.2.5.4.1: title, description, objectives, hours, instructors with their titles, date of completion. */
    public byte[] agenda(Training t) {
        Dates dates = new Dates();
        return pdf(t("training.agenda.title", t.title()), document -> {
            document.add(new Paragraph(t("training.agenda.title", t.title()), TITLE));
            document.add(new Paragraph(t.providerName(), TEXT));
            PdfPTable facts = new PdfPTable(new float[] {2, 5});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(10);
            row(facts, t("training.startsAt"), dates.weekdayTime(t.startsAt()));
            row(facts, t("training.hours"), t("training.hours.value", t.hours(), t.lengthMinutes()));
            row(facts, t("training.delivery"), t("delivery." + t.delivery()));
            row(facts, t("training.topics"), t.topics().stream().map(x -> x == TrainingTopic.OTHER ? t.otherTopic()
                    : t("trainingTopic." + x)).collect(Collectors.joining("; ")));
            row(facts, t("training.audience"), t.audience());
            row(facts, t("training.completedOn"), t.held() ? dates.day(t.startsAt()) : t("training.notYetHeld"));
            document.add(facts);
            heading(document, t("training.description"));
            document.add(new Paragraph(t.description(), TEXT));
            heading(document, t("training.objectives"));
            document.add(new Paragraph(t.objectives(), TEXT));
            heading(document, t("training.instructors"));
            PdfPTable instructors = table(new float[] {3, 3}, t("training.instructor.name"),
                    t("training.instructor.title"));
            for (Instructor i : t.instructors()) {
                cells(instructors, i.name(), i.title() + (i.bipCoFacilitator() ? " (" + t("training.instructor.bip") + ")"
                        : ""));
            }
            document.add(instructors);
        });
    }

    /** C.2.5.4.3: titled, with printed name, original signature and title or position of each attendee. */
    public byte[] signInSheet(Training t) {
        Dates dates = new Dates();
        return pdf(t("training.signIn.title", t.title()), document -> {
            document.add(new Paragraph(t("training.signIn.title", t.title()), TITLE));
            document.add(new Paragraph(t.providerName() + " · " + dates.weekdayTime(t.startsAt()) + " · "
                    + t("training.hours.value", t.hours(), t.lengthMinutes()), TEXT));
            document.add(new Paragraph(t("training.signIn.instructors", t.instructors().stream()
                    .map(i -> i.name() + ", " + i.title()).collect(Collectors.joining("; "))), TEXT));
            PdfPTable sheet = table(new float[] {0.5f, 3, 3, 2.5f, 2.5f}, "#", t("training.attendee.printedName"),
                    t("training.signIn.signature"), t("training.attendee.title"), t("training.attendee.organization"));
            sheet.setSpacingBefore(12);
            for (int i = 1; i <= SIGN_IN_ROWS; i++) {
                PdfPCell number = new PdfPCell(new Phrase(String.valueOf(i), TEXT));
                number.setFixedHeight(24);
                sheet.addCell(number);
                for (int c = 0; c < 4; c++) {
                    sheet.addCell(new PdfPCell(new Phrase("", TEXT)));
                }
            }
            document.add(sheet);
        });
    }

    private interface Content {
        void write(Document document) throws DocumentException;
    }

    private static byte[] pdf(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Tutela");
            document.open();
            content.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out " + title, e);
        }
        return out.toByteArray();
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(3);
        document.add(p);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, BOLD));
        l.setBackgroundColor(HEADER_BG);
        l.setPadding(4);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
        v.setPadding(4);
        table.addCell(v);
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
}
