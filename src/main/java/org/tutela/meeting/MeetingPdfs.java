package org.tutela.meeting;

import static org.tutela.shared.PdfLayout.TEXT;
import static org.tutela.shared.PdfLayout.TITLE;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;
import org.tutela.shared.PdfLayout;

/** A meeting's agenda with its date and time (C.2.5.4.2) and its titled sign-in sheet (C.2.5.4.3). */
@Component
public class MeetingPdfs {

    static final int SIGN_IN_ROWS = 22;

    public byte[] agenda(Meeting m) {
        Dates dates = new Dates();
        return PdfLayout.pdf(t("meeting.agenda.title", m.title()), document -> {
            document.add(new Paragraph(t("meeting.agenda.title", m.title()), TITLE));
            PdfPTable facts = PdfLayout.facts();
            PdfLayout.row(facts, t("meeting.type"), t("meetingType." + m.type()));
            PdfLayout.row(facts, t("meeting.startsAt"), dates.weekdayTime(m.startsAt()));
            PdfLayout.row(facts, t("meeting.lengthMinutes"), t("training.minutes", m.lengthMinutes()));
            PdfLayout.row(facts, t("training.delivery"), t("delivery." + m.delivery()));
            PdfLayout.row(facts, t("meeting.provider"), m.providerName());
            document.add(facts);
            PdfLayout.heading(document, t("meeting.agenda"));
            document.add(new Paragraph(m.agenda(), TEXT));
            if (!m.carried().isEmpty()) {
                PdfLayout.heading(document, t("meeting.carried"));
                PdfPTable items = PdfLayout.table(new float[] {5, 2, 2}, t("meeting.item.description"),
                        t("meeting.item.owner"), t("meeting.item.dueOn"));
                m.carried().forEach(i -> PdfLayout.cells(items, i.description(), i.owner(), dates.day(i.dueOn())));
                document.add(items);
            }
        });
    }

    public byte[] signInSheet(Meeting m) {
        Dates dates = new Dates();
        return PdfLayout.pdf(t("training.signIn.title", m.title()), document -> {
            document.add(new Paragraph(t("training.signIn.title", m.title()), TITLE));
            document.add(new Paragraph(t("meetingType." + m.type()) + " · " + m.providerName() + " · "
                    + dates.weekdayTime(m.startsAt()), TEXT));
            document.add(PdfLayout.signInRows(SIGN_IN_ROWS, t("training.attendee.printedName"),
                    t("training.signIn.signature"), t("training.attendee.title"), t("training.attendee.organization")));
        });
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }
}
