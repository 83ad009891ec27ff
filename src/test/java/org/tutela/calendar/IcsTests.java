package org.tutela.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RFC 5545: CRLF line ends, escaped TEXT values, content lines folded at 75 octets. */
class IcsTests {

    @Test
    void escapesTextValues() {
        assertThat(Ics.text("Court, room 4; floor 2\\B\nback door\r\nbell")).isEqualTo(
                "Court\\, room 4\\; floor 2\\\\B\\nback door\\nbell");
        assertThat(Ics.text("no\u0007bell")).isEqualTo("nobell");
        assertThat(Ics.text(null)).isEmpty();
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String content = "LOCATION:" + "é".repeat(100);
        Ics.line(out, content);
        String[] lines = out.toString().split("\r\n");
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(lines[1]).startsWith(" ");
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(content + "\r\n");
    }

    @Test
    void writesACalendarWithCrlfLineEnds() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String ics = Ics.calendar("Tutela", List.of(new Ics.Entry(id, Instant.parse("2026-11-02T14:00:00Z"),
                Instant.parse("2026-11-02T15:30:00Z"), 2, "Dependency hearing, case T-1", "Courtroom 4B",
                "Case T-1")), Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).contains("UID:" + id + "@tutela\r\n", "DTSTART:20261102T140000Z\r\n",
                "DTEND:20261102T153000Z\r\n", "DTSTAMP:20261101T080000Z\r\n", "SEQUENCE:2\r\n",
                "SUMMARY:Dependency hearing\\, case T-1\r\n", "LOCATION:Courtroom 4B\r\n");
    }
}
