package org.tutela.shared;

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

/**
 * The plain layout of Tutela's printed records (agendas, sign-in sheets, reports): a title, headed sections, label
 * and value rows, tables with a shaded header row (OpenPDF, Letter, Helvetica, which covers English, Spanish and
 * Creole).
 */
public final class PdfLayout {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new Color(0x1f, 0x4e, 0x79));
    public static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Color HEADER_BG = new Color(0xee, 0xf2, 0xf6);

    /** Writes a document's content. */
    public interface Content {
        void write(Document document) throws DocumentException;
    }

    private PdfLayout() {
    }

    /** A Letter-sized PDF titled {@code title}. */
    public static byte[] pdf(String title, Content content) {
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

    public static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(3);
        document.add(p);
    }

    /** A two-column table of labels and values. */
    public static PdfPTable facts() {
        PdfPTable facts = new PdfPTable(new float[] {2, 5});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(10);
        return facts;
    }

    public static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, BOLD));
        l.setBackgroundColor(HEADER_BG);
        l.setPadding(4);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
        v.setPadding(4);
        table.addCell(v);
    }

    public static PdfPTable table(float[] widths, String... headers) {
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

    public static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : v, TEXT));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }

    /**
     * A titled sign-in sheet's table (C.2.5.4.3): a numbered row per attendee, tall enough for a signature, under the
     * given column headers (printed name, signature, title or position, organization).
     */
    public static PdfPTable signInRows(int rows, String... headers) {
        float[] widths = new float[headers.length + 1];
        widths[0] = 0.5f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 2.75f;
        }
        String[] all = new String[headers.length + 1];
        all[0] = "#";
        System.arraycopy(headers, 0, all, 1, headers.length);
        PdfPTable sheet = table(widths, all);
        sheet.setSpacingBefore(12);
        for (int i = 1; i <= rows; i++) {
            PdfPCell number = new PdfPCell(new Phrase(String.valueOf(i), TEXT));
            number.setFixedHeight(24);
            sheet.addCell(number);
            for (int c = 0; c < headers.length; c++) {
                sheet.addCell(new PdfPCell(new Phrase("", TEXT)));
            }
        }
        return sheet;
    }
}
