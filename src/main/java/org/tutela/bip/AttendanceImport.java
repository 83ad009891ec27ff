package org.tutela.bip;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Messages;

/**
 * A session's attendance from a CSV file (one line per participant: participant, attendance, fee_due, fee_paid,
 * rules_broken, admitted), first previewed with every line's errors, then saved whole or not at all: one bad line and
 * nothing is saved. A participant is named as the group lists him; rules broken by their words, separated by ";".
 */
@Service
public class AttendanceImport {

    /** The columns, in the order of the template. */
    public static final List<String> COLUMNS = List.of("participant", "attendance", "fee_due", "fee_paid",
            "rules_broken", "admitted");
    static final int MAX_LINES = 200;

    /** A line as read, with what it names and what is wrong with it ({@code errors}: in the reader's language). */
    public record Line(int line, String participant, Attendance attendance, BigDecimal feeDue, BigDecimal feePaid,
                       List<String> rulesBroken, Boolean admittedViolence,
                       @com.fasterxml.jackson.annotation.JsonIgnore List<Messages.Text> problems) {

        @com.fasterxml.jackson.annotation.JsonProperty("errors")
        public List<String> errors() {
            return problems.stream().map(Messages.Text::toString).toList();
        }
    }

    /** The file's lines, and the errors of the whole file (none when it may be saved). */
    public record Preview(LocalDate heldOn, List<Line> lines,
                          @com.fasterxml.jackson.annotation.JsonIgnore List<Messages.Text> fileProblems,
                          boolean valid) {

        @com.fasterxml.jackson.annotation.JsonProperty("fileErrors")
        public List<String> fileErrors() {
            return fileProblems.stream().map(Messages.Text::toString).toList();
        }
    }

    private final BipGroups groups;

    AttendanceImport(BipGroups groups) {
        this.groups = groups;
    }

    /** The template of a group's attendance: its participants who take sessions, one per line. */
    @Transactional(readOnly = true)
    public String template(CurrentUser provider, UUID groupId) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (GroupDetail.Member m : groups.detail(provider, groupId).members()) {
            if (m.takesSessions()) {
                csv.append(quoted(m.name())).append(",present,,,,\r\n");
            }
        }
        return csv.toString();
    }

    /** Reads the file and checks every line as the session would be saved, saving nothing. */
    @Transactional(readOnly = true)
    public Preview preview(CurrentUser provider, UUID groupId, LocalDate heldOn, String csv) {
        return read(provider, groupId, heldOn, csv).preview();
    }

    /**
     * Reads the file once and saves the session when every line is good; otherwise saves nothing. The preview says
     * which it was ({@code valid}) and, when it was not, the errors of every line.
     */
    @Transactional
    public Preview save(CurrentUser provider, UUID groupId, LocalDate heldOn, String csv) {
        Read read = read(provider, groupId, heldOn, csv);
        if (read.preview().valid()) {
            groups.recordSession(provider, groupId, read.session());
        }
        return read.preview();
    }

    private record Read(Preview preview, SessionData session) {
    }

    private Read read(CurrentUser provider, UUID groupId, LocalDate heldOn, String csv) {
        GroupDetail group = groups.detail(provider, groupId);
        List<Messages.Text> fileErrors = new ArrayList<>();
        if (heldOn == null) {
            fileErrors.add(new Messages.Text("invalid.bip.import.heldOn"));
        }
        List<CSVRecord> records = List.of();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get()
                .parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("participant", "attendance"))) {
                fileErrors.add(new Messages.Text("invalid.bip.import.header", String.join(",", COLUMNS)));
            } else {
                records = parser.getRecords();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            fileErrors.add(new Messages.Text("invalid.bip.import.unreadable"));
        }
        if (fileErrors.isEmpty() && records.isEmpty()) {
            fileErrors.add(new Messages.Text("invalid.bip.import.empty"));
        }
        if (records.size() > MAX_LINES) {
            fileErrors.add(new Messages.Text("invalid.bip.import.tooMany", MAX_LINES));
            records = records.subList(0, MAX_LINES);
        }
        Map<String, List<GroupDetail.Member>> byName = group.members().stream()
                .collect(Collectors.groupingBy(m -> key(m.name())));
        Map<String, UUID> rules = group.rules().stream().collect(Collectors.toMap(r -> key(r.text()), Rule::id,
                (a, b) -> a));
        List<Line> lines = new ArrayList<>();
        List<SessionData.Entry> entries = new ArrayList<>();
        List<Integer> entryLine = new ArrayList<>();
        for (CSVRecord rec : records) {
            int line = (int) rec.getRecordNumber() + 1;
            List<Messages.Text> errors = new ArrayList<>();
            String participant = value(rec, "participant");
            List<GroupDetail.Member> named = participant == null ? List.of()
                    : byName.getOrDefault(key(participant), List.of());
            if (participant == null) {
                errors.add(new Messages.Text("invalid.bip.import.participantMissing"));
            } else if (named.isEmpty()) {
                errors.add(new Messages.Text("invalid.bip.import.participantUnknown", participant));
            } else if (named.size() > 1) {
                errors.add(new Messages.Text("invalid.bip.import.participantTwice", participant));
            }
            Attendance attendance = attendance(value(rec, "attendance"), errors);
            BigDecimal feeDue = money(value(rec, "fee_due"), "fee_due", errors);
            BigDecimal feePaid = money(value(rec, "fee_paid"), "fee_paid", errors);
            List<String> ruleWords = new ArrayList<>();
            List<UUID> ruleIds = new ArrayList<>();
            String broken = value(rec, "rules_broken");
            if (broken != null) {
                for (String w : broken.split(";")) {
                    if (w.isBlank()) {
                        continue;
                    }
                    UUID rule = rules.get(key(w));
                    if (rule == null) {
                        errors.add(new Messages.Text("invalid.bip.import.rule", w.strip()));
                    } else {
                        ruleWords.add(w.strip());
                        ruleIds.add(rule);
                    }
                }
            }
            Boolean admitted = admitted(value(rec, "admitted"), errors);
            if (named.size() == 1 && attendance != null && errors.isEmpty()) {
                entries.add(new SessionData.Entry(named.get(0).referralId(), attendance, feeDue, feePaid, ruleIds,
                        admitted));
                entryLine.add(lines.size());
            }
            lines.add(new Line(line, participant, attendance, feeDue, feePaid, ruleWords, admitted, errors));
        }
        boolean linesGood = lines.stream().allMatch(l -> l.problems().isEmpty());
        SessionData session = new SessionData(heldOn, entries);
        if (fileErrors.isEmpty() && linesGood) {
            // the rules of the session itself, each on the line it concerns
            Pattern at = Pattern.compile("attendance\\[(\\d+)]\\..*");
            for (InvalidInput.FieldError e : groups.sessionErrors(provider, groupId, session)) {
                Matcher m = at.matcher(e.field());
                if (m.matches()) {
                    lines.get(entryLine.get(Integer.parseInt(m.group(1)))).problems()
                            .add(new Messages.Text(e.code(), e.args().toArray()));
                } else {
                    fileErrors.add(new Messages.Text(e.code(), e.args().toArray()));
                }
            }
        }
        boolean valid = fileErrors.isEmpty() && lines.stream().allMatch(l -> l.problems().isEmpty());
        return new Read(new Preview(heldOn, lines, fileErrors, valid), session);
    }

    private static String value(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) {
            return null;
        }
        String v = rec.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String key(String name) {
        // the template's cell as written ('=...: kept from being read as a formula) names the same participant
        if (name.length() > 1 && name.charAt(0) == '\'' && "=+-@\t\r".indexOf(name.charAt(1)) >= 0) {
            name = name.substring(1);
        }
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Attendance attendance(String v, List<Messages.Text> errors) {
        if (v == null) {
            errors.add(new Messages.Text("invalid.bip.import.attendanceMissing"));
            return null;
        }
        try {
            return Attendance.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Messages.Text("invalid.bip.import.attendance", v));
            return null;
        }
    }

    private static BigDecimal money(String v, String column, List<Messages.Text> errors) {
        if (v == null) {
            return null;
        }
        try {
            BigDecimal m = new BigDecimal(v.replace("$", "").strip());
            if (m.signum() < 0 || m.compareTo(new BigDecimal("9999.99")) > 0 || m.scale() > 2) {
                throw new NumberFormatException();
            }
            return m;
        } catch (NumberFormatException e) {
            errors.add(new Messages.Text("invalid.bip.import.money", column, v));
            return null;
        }
    }

    private static Boolean admitted(String v, List<Messages.Text> errors) {
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "si", "sí", "wi" -> Boolean.TRUE;
            case "no", "n", "false", "non" -> Boolean.FALSE;
            default -> {
                errors.add(new Messages.Text("invalid.bip.import.admitted", v));
                yield null;
            }
        };
    }

    /** A value as a CSV cell, which a spreadsheet will not read as a formula. */
    private static String quoted(String v) {
        String cell = v.matches("^[=+\\-@\t\r].*") ? "'" + v : v;
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
