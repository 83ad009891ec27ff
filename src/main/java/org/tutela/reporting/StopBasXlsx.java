package org.tutela.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.tutela.shared.Messages;

/**
 * The report as an Excel workbook (Apache POI): a summary sheet, one sheet per section and one per measure's
 * drill-down, in the reader's language. Rows are streamed, so a year of a busy provider stays small in memory.
 */
@Component
public class StopBasXlsx {

    private static final org.tutela.shared.Dates DATES = new org.tutela.shared.Dates();

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] render(StopBasReport report) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            summary(workbook, styles, report);
            measure(workbook, styles, "report.e11.sheet", report.e11());
            measure(workbook, styles, "report.e12.sheet", report.e12());
            consultations(workbook, styles, report.consultations());
            Writer events = new Writer(sheet(workbook, "report.events.title"), styles);
            events.header(t("report.caseNumber"), t("report.date"), t("report.eventType"));
            report.events().items().forEach(e -> events.row(e.caseNumber(), e.on(), t("eventType." + e.type())));
            StopBasReport.Monitoring m = report.monitoring();
            Writer monitored = new Writer(sheet(workbook, "report.monitored.sheet"), styles);
            monitored.header(t("report.caseNumber"), t("report.startedOn"), t("report.endedOn"));
            m.items().forEach(i -> monitored.row(i.caseNumber(), i.startedOn(), i.endedOn()));
            Writer checks = new Writer(sheet(workbook, "report.checks.sheet"), styles);
            checks.header(t("report.caseNumber"), t("report.date"), t("report.obligation"), t("report.finding"));
            m.checkItems().forEach(c -> checks.row(c.caseNumber(), c.checkedOn(), t("source." + c.source()),
                    t("obligationStatus." + c.finding())));
            Writer firearms = new Writer(sheet(workbook, "report.firearm.sheet"), styles);
            firearms.header(t("report.caseNumber"), t("report.dueOn"), t("report.firearm.today"),
                    t("report.firearm.escalations"));
            m.firearmItems().forEach(f -> firearms.row(f.caseNumber(), f.dueOn(), firearmStatus(f), f.escalations()));
            Writer trainings = new Writer(sheet(workbook, "report.trainings.sheet"), styles);
            trainings.header(t("report.date"), t("training.name"), t("training.lengthMinutes"), t("training.attendees"),
                    t("report.counted"), t("report.reasons"), t("training.exceptions"));
            report.trainings().items().forEach(x -> trainings.row(x.on(), x.title(), x.minutes(), x.attendees(),
                    t(x.counted() ? "answer.YES" : "answer.NO"), x.notCounted().stream()
                            .map(r -> t("trainingReason." + r)).collect(Collectors.joining(" ")),
                    x.exceptions().stream().map(e -> t("trainingException." + e)).collect(Collectors.joining("; "))));
            Writer cadence = new Writer(sheet(workbook, "report.meetings.cadenceSheet"), styles);
            cadence.header(t("meeting.type"), t("meetings.required"), t("report.meetings.held"),
                    t("report.meetings.missed"));
            report.meetings().requirements().forEach(r -> cadence.row(t("meetingType." + r.type()),
                    t("cadence." + r.cadence()) + (r.slots() == 0 ? "" : " (" + r.slots() + ")"),
                    r.cadence() == org.tutela.meeting.MeetingType.Cadence.AS_HELD ? r.meetings() : r.held(),
                    r.missing()));
            Writer meetingRows = new Writer(sheet(workbook, "report.meetings.sheet"), styles);
            meetingRows.header(t("report.date"), t("meeting.title"), t("meeting.type"), t("meeting.documentation"));
            report.meetings().items().forEach(x -> meetingRows.row(x.on(), x.title(), t("meetingType." + x.type()),
                    !x.held() ? t("meeting.notYetHeld") : x.missing().isEmpty() ? t("meeting.documented")
                            : x.missing().stream().map(y -> t("meetingMissing." + y)).collect(Collectors.joining("; "))));
            submission(workbook, styles, report.submission());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firearmStatus(StopBasReport.FirearmLine f) {
        return t(f.overdue() ? "report.firearm.overdue" : f.open() ? "report.firearm.open" : "report.firearm.resolved");
    }

    private static void summary(SXSSFWorkbook workbook, Styles styles, StopBasReport r) {
        Writer w = new Writer(sheet(workbook, "report.summary.sheet"), styles);
        w.title(t("report.title"));
        w.row(t("report.provider"), r.provider().name());
        w.row(t("report.period"), r.from(), r.to());
        if (r.quarter() != null) {
            w.row(t("report.quarter"), r.quarter());
        }
        w.row(t("report.computedOn"), r.computedOn());
        w.row();
        w.header(t("report.measure"), t("report.numerator"), t("report.denominator"), t("report.percent"),
                t("report.met"));
        w.row(t("report.e11.name"), r.e11().numerator(), r.e11().denominator(), percent(r.e11()), met(r.e11()));
        w.row(t("report.e12.name"), r.e12().numerator(), r.e12().denominator(), percent(r.e12()), met(r.e12()));
        w.row();
        w.row(t("report.consultations.total"), r.consultations().total());
        w.row(t("report.events.attended"), r.events().attended());
        StopBasReport.Monitoring m = r.monitoring();
        w.row(t("report.monitored"), m.monitored());
        w.row(t("report.checks"), m.checks());
        w.row(t("report.firearm.followUps"), m.firearmFollowUps());
        w.row(t("report.firearm.openCount"), m.firearmOpen());
        w.row(t("report.firearm.overdueCount"), m.firearmOverdue());
        w.row(t("report.firearm.escalatedCount"), m.firearmEscalated());
    }

    /** A quarter's submission: its review, each figure as submitted and now, and the amendments after it. */
    private static void submission(SXSSFWorkbook workbook, Styles styles, Submission.State state) {
        if (state == null || state.live() == null) {
            return;
        }
        Submission s = state.live();
        Writer w = new Writer(sheet(workbook, "submission.title"), styles);
        w.row(t("submission.status"), t("submissionStatus." + s.status()));
        w.row(t("submission.submittedBy"), s.submittedBy(), DATES.day(s.submittedAt()));
        if (s.reviewedAt() != null) {
            w.row(t("submission.reviewedByLabel"), s.reviewedBy(), DATES.day(s.reviewedAt()));
        }
        if (s.reviewComment() != null) {
            w.row(t("submission.comment"), s.reviewComment());
        }
        w.row();
        w.header(t("submission.figure"), t("submission.submittedValue"), t("submission.currentValue"),
                t("submission.changed"));
        w.row(t("report.e11.name"), measureText(s.figures().e11()), measureText(state.currentE11()), "");
        w.row(t("report.e12.name"), measureText(s.figures().e12()), measureText(state.currentE12()), "");
        state.compared().forEach(c -> w.row(c.label(), c.submitted() == null ? 0 : c.submitted(),
                c.current() == null ? 0 : c.current(), c.changed() ? t("submission.changed") : ""));
        w.row();
        w.header(t("report.caseNumber"), t("submission.recordOn"), t("submission.change"), t("amendment.reason.short"),
                t("submission.amendedBy"));
        state.amendments().forEach(a -> w.row(a.caseNumber(), t("submission.recordOnText",
                t("amendmentRecord." + a.recordType()), new Messages.Day(a.recordOn())), t("amendmentChange." + a.change()),
                t("amendmentReason." + a.reason()), t("submission.amendedByText", a.byName(), DATES.day(a.at()))));
    }

    static String measureText(Measure m) {
        return m.percent() == null ? t("report.noConsultations")
                : t("submission.measure", m.numerator(), m.denominator(), m.percent());
    }

    private static void measure(SXSSFWorkbook workbook, Styles styles, String sheet, Measure measure) {
        Writer w = new Writer(sheet(workbook, sheet), styles);
        w.header(t("report.caseNumber"), t("report.counted"), t("report.countedBy"), t("report.reasons"));
        for (CaseLine c : measure.cases()) {
            w.row(c.caseNumber(), t(c.counted() ? "answer.YES" : "answer.NO"),
                    c.counted() ? t("agencyType." + c.countedAgency()) + ", " + new Messages.Day(c.countedOn()) : "",
                    c.reasons().stream().map(reason -> reason.text().toString()).collect(Collectors.joining("; ")));
        }
    }

    private static void consultations(SXSSFWorkbook workbook, Styles styles, StopBasReport.Consultations c) {
        Writer w = new Writer(sheet(workbook, "report.consultations.title"), styles);
        w.header(t("report.agencyType"), t("report.count"));
        c.byAgencyType().forEach(n -> w.row(t("agencyType." + n.key()), n.count()));
        w.row();
        w.header(t("report.topic"), t("report.count"));
        c.byTopic().forEach(n -> w.row(t("topic." + n.key()), n.count()));
        w.row();
        w.header(t("report.caseNumber"), t("report.date"), t("report.agencyType"), t("report.topics"),
                t("consultation.e11.short"), t("consultation.e12.short"));
        c.items().forEach(i -> w.row(i.caseNumber(), i.consultedOn(), t("agencyType." + i.agencyType()),
                i.topics().stream().map(topic -> t("topic." + topic)).collect(Collectors.joining(", ")),
                t("answer." + i.complianceMonitoring()), t("answer." + i.guidedSafetyActions())));
    }

    private static Object percent(Measure m) {
        return m.percent() == null ? t("report.noConsultations") : m.percent();
    }

    private static String met(Measure m) {
        return m.met() == null ? "" : t(m.met() ? "answer.YES" : "answer.NO");
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String code) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(t(code)));
        sheet.setDefaultColumnWidth(22);
        return sheet;
    }

    private static String t(String code, Object... args) {
        return Messages.text(code, args);
    }

    private record Styles(CellStyle bold, CellStyle date, CellStyle title) {
        Styles(SXSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    /** Writes rows one after the other: texts, numbers and days as Excel reads them. */
    private static final class Writer {
        private final Sheet sheet;
        private final Styles styles;
        private int next;

        Writer(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void title(String text) {
            sheet.createRow(next++).createCell(0).setCellValue(text);
            sheet.getRow(next - 1).getCell(0).setCellStyle(styles.title());
        }

        void header(String... labels) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < labels.length; i++) {
                row.createCell(i).setCellValue(labels[i]);
                row.getCell(i).setCellStyle(styles.bold());
            }
        }

        void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(styles.date());
                } else if (v instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else if (v instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    static List<String> sheetCodes() {
        return List.of("report.summary.sheet", "report.e11.sheet", "report.e12.sheet", "report.consultations.title",
                "report.events.title", "report.monitored.sheet", "report.checks.sheet", "report.firearm.sheet");
    }
}
