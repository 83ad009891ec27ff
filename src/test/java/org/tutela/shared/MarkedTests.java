package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class MarkedTests {

    private final Marked mark;

    MarkedTests() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("item", Locale.US, "Case {0} of <{1}>, due {2}: {3} contacts");
        mark = new Marked(messages);
        // the days are written from the message files' formats (Dates)
        org.springframework.context.support.ResourceBundleMessageSource files =
                new org.springframework.context.support.ResourceBundleMessageSource();
        files.setBasename("messages");
        files.setDefaultEncoding("UTF-8");
        files.setFallbackToSystemLocale(false);
        new Messages(files);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.US);
    }

    @Test
    void aSentenceIsEscapedAndItsMarkedValuesGoInAsMarkup() {
        String html = mark.msg("item", mark.data("2026-<b>1</b>"), "O'Brien & \uE0000\uE001",
                mark.date(LocalDate.of(2026, 12, 4)), 1200);
        assertThat(html).isEqualTo("Case <span translate=\"no\">2026-&lt;b&gt;1&lt;/b&gt;</span> of &lt;O&#39;Brien &amp; "
                + "\uFFFD0\uFFFD&gt;, due <time datetime=\"2026-12-04\">Dec 4, 2026</time>: 1,200 contacts");
    }

    @Test
    void aTimeIsGivenToTheSecond() {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 4, 10, 0, 5, 123_456_000, ZoneOffset.ofHours(-5));
        assertThat(mark.iso(at)).isEqualTo("2026-12-04T10:00:05-05:00");
        assertThat(mark.time(at, "Dec 4, 10:00").html())
                .isEqualTo("<time datetime=\"2026-12-04T10:00:05-05:00\">Dec 4, 10:00</time>");
    }
}
