package org.tutela.training;

import static org.tutela.shared.PdfLayout.TEXT;
import static org.tutela.shared.PdfLayout.TITLE;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;
import org.tutela.shared.PdfLayout;

/** A training's agenda (C.2.5.4.1) and its titled sign-in sheet (C.2.5.4.3), laid out from the record. */
@Component
public class TrainingPdfs {

    /** Rows of the sign-in sheet: a room's worth; a second sheet is printed for more. */
    static final int SIGN_IN_ROWS = 22;

    /** C.2.5.4.1: title, description, objectives, hours, instructors with their titles, date of completion. */
    public byte[] agenda(Training t) {
        Dates dates = new Dates();
        return PdfLayout.pdf(t("training.agenda.title", t.title()), document -> {
            document.add(new Paragraph(t("training.agenda.title", t.title()), TITLE));
            document.add(new Paragraph(t.providerName(), TEXT));
            PdfPTable facts = PdfLayout.facts();
            PdfLayout.row(facts, t("training.startsAt"), dates.weekdayTime(t.startsAt()));
            PdfLayout.row(facts, t("training.hours"), t("training.hours.value", t.hours(), t.lengthMinutes()));
            PdfLayout.row(facts, t("training.delivery"), t("delivery." + t.delivery()));
            PdfLayout.row(facts, t("training.topics"), t.topics().stream().map(x -> x == TrainingTopic.OTHER
                    ? t.otherTopic() : t("trainingTopic." + x)).collect(Collectors.joining("; ")));
            PdfLayout.row(facts, t("training.audience"), t.audience());
            PdfLayout.row(facts, t("training.completedOn"), t.held() ? dates.day(t.startsAt())
                    : t("training.notYetHeld"));
            document.add(facts);
            PdfLayout.heading(document, t("training.description"));
            document.add(new Paragraph(t.description(), TEXT));
            PdfLayout.heading(document, t("training.objectives"));
            document.add(new Paragraph(t.objectives(), TEXT));
            PdfLayout.heading(document, t("training.instructors"));
            PdfPTable instructors = PdfLayout.table(new float[] {3, 3}, t("training.instructor.name"),
                    t("training.instructor.title"));
            for (Instructor i : t.instructors()) {
                PdfLayout.cells(instructors, i.name(), i.title() + (i.bipCoFacilitator()
                        ? " (" + t("training.instructor.bip") + ")" : ""));
            }
            document.add(instructors);
        });
    }

    /** C.2.5.4.3: titled, with printed name, original signature and title or position of each attendee. */
    public byte[] signInSheet(Training t) {
        Dates dates = new Dates();
        return PdfLayout.pdf(t("training.signIn.title", t.title()), document -> {
            document.add(new Paragraph(t("training.signIn.title", t.title()), TITLE));
            document.add(new Paragraph(t.providerName() + " · " + dates.weekdayTime(t.startsAt()) + " · "
                    + t("training.hours.value", t.hours(), t.lengthMinutes()), TEXT));
            document.add(new Paragraph(t("training.signIn.instructors", t.instructors().stream()
                    .map(i -> i.name() + ", " + i.title()).collect(Collectors.joining("; "))), TEXT));
            document.add(PdfLayout.signInRows(SIGN_IN_ROWS, t("training.attendee.printedName"),
                    t("training.signIn.signature"), t("training.attendee.title"), t("training.attendee.organization")));
        });
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }
}
