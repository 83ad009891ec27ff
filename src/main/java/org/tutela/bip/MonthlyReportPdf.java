package org.tutela.bip;

import static org.tutela.shared.PdfLayout.TEXT;
import static org.tutela.shared.PdfLayout.TITLE;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;
import org.tutela.shared.PdfLayout;

/**
 * A monthly report as a PDF (seed 001): the participant, the provider, the month's figures and the comment. No
 * prediction, no certificate: the end of the program reads "attended 26 of 26 sessions".
 */
final class MonthlyReportPdf {

    private MonthlyReportPdf() {
    }

    static byte[] render(MonthlyReport m) {
        Dates dates = new Dates();
        String title = t("bip.report.title", m.participantName(), dates.month(m.monthStart()));
        return PdfLayout.pdf(title, document -> {
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(m.providerName(), TEXT));
            PdfPTable facts = PdfLayout.facts();
            if (m.caseNumber() != null) {
                PdfLayout.row(facts, t("bip.case"), m.caseNumber());
            }
            PdfLayout.row(facts, t("bip.report.month"), dates.month(m.monthStart()));
            PdfLayout.row(facts, t("bip.report.attendedOfHeld"), t("bip.report.attendedOfHeld.value",
                    m.sessionsAttended(), m.sessionsHeld()));
            PdfLayout.row(facts, t("bip.report.cumulative"), t("bip.progress", m.cumulative(), m.sessionsRequired()));
            PdfLayout.row(facts, t("bip.report.fees"), m.feesDue() == null && m.feesPaid() == null
                    ? t("bip.report.fees.none") : t("bip.report.fees.value", money(m.feesPaid()), money(m.feesDue())));
            PdfLayout.row(facts, t("bip.report.rules"), m.rulesViolated().isEmpty() ? t("bip.report.rules.none")
                    : String.join("; ", m.rulesViolated()));
            PdfLayout.row(facts, t("bip.report.admitted"), t("bip.admitted." + m.admittedViolence()));
            PdfLayout.row(facts, t("bip.report.sent"), t("bip.report.sentBy", m.sentBy(), dates.day(m.sentAt())));
            document.add(facts);
            PdfLayout.heading(document, t("bip.report.comment"));
            document.add(new Paragraph(m.comment(), TEXT));
            PdfLayout.heading(document, t("bip.report.noPrediction.title"));
            document.add(new Paragraph(t("bip.report.noPrediction"), TEXT));
        });
    }

    static String money(java.math.BigDecimal v) {
        return v == null ? "$0.00" : "$" + v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }
}
