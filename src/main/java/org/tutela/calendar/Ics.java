package org.tutela.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Writes iCalendar text (RFC 5545): CRLF line ends, escaped text values, lines folded at 75 octets. */
final class Ics {

    /**
     * One VEVENT; the texts are written as given, so they must hold case numbers only, never a person's name. An
     * all-day entry has its {@code day} and no start or end.
     */
    record Entry(UUID uid, Instant start, Instant end, int sequence, String summary, String location,
                 String description, java.time.LocalDate day) {

        Entry(UUID uid, Instant start, Instant end, int sequence, String summary, String location,
              String description) {
            this(uid, start, end, sequence, summary, location, description, null);
        }

        static Entry allDay(UUID uid, java.time.LocalDate day, String summary, String description) {
            return new Entry(uid, null, null, 0, summary, "", description, day);
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private Ics() {
    }

    static String calendar(String name, List<Entry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tutela//BAS calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Entry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@tutela");
            line(out, "DTSTAMP:" + UTC.format(now));
            if (e.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART:" + UTC.format(e.start()));
                line(out, "DTEND:" + UTC.format(e.end()));
            }
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + text(e.summary()));
            line(out, "LOCATION:" + text(e.location()));
            line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, no controls. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        String s = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line, folded (RFC 5545 3.1) so that no line is longer than 75 octets of UTF-8. */
    static void line(StringBuilder out, String content) {
        int used = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int octets = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (used + octets > MAX_OCTETS) {
                out.append("\r\n ");
                used = 1;
            }
            out.appendCodePoint(codePoint);
            used += octets;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
