package org.tutela.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and times as each language writes them, one format per language ("Dec 4, 2026" in English, "4 dic 2026" in
 * Spanish, "4 des 2026" in Creole), in the agency's zone. The patterns and the month, weekday and AM/PM names come
 * from the message files ({@code format.*}), so a language's formats live with its words; Java has no Creole data.
 * Pages call it as {@code #when}; an input keeps its native date picker.
 */
public class Dates {

    /** Each language's formatters, built once from its message file (shared by every instance). */
    private static final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    /** The day: "Dec 4, 2026". */
    public String day(Object value) {
        return format(value, "format.day");
    }

    /** The day and time: "Dec 4, 2026, 2:05 PM". */
    public String dayTime(Object value) {
        return format(value, "format.dayTime");
    }

    /** The weekday, day and time: "Fri, Dec 4, 2026, 2:05 PM". */
    public String weekdayTime(Object value) {
        return format(value, "format.weekdayTime");
    }

    /** The time of day: "2:05 PM". */
    public String time(Object value) {
        return format(value, "format.time");
    }

    /** The month of a day: "Nov 2026". */
    public String month(Object value) {
        return format(value, "format.month");
    }

    /** To the second, for the audit trail: "Dec 4, 2026, 2:05:07 PM". */
    public String moment(Object value) {
        return format(value, "format.moment");
    }

    /** The machine-readable value of a {@code <time datetime>}: 2026-12-04, or an instant with its offset. */
    public String iso(Object value) {
        TemporalAccessor t = inAgencyZone(value);
        if (t == null) {
            return null;
        }
        return t instanceof LocalDate d ? d.toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(((ZonedDateTime) t).toOffsetDateTime());
    }

    private String format(Object value, String kind) {
        TemporalAccessor t = inAgencyZone(value);
        if (t == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return formatters.computeIfAbsent(locale.toLanguageTag() + " " + kind, k -> formatter(locale, kind)).format(t);
    }

    /** LocalDate as it is; a point in time as the agency's local date and time. */
    private static TemporalAccessor inAgencyZone(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof LocalDateTime t) {
            return t.atZone(AgencyTime.ZONE);
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(AgencyTime.ZONE);
        }
        if (value instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(AgencyTime.ZONE);
        }
        if (value instanceof Instant i) {
            return i.atZone(AgencyTime.ZONE);
        }
        throw new IllegalArgumentException("Not a date or time: " + value.getClass());
    }

    /**
     * The language's pattern, with MMM, EEE and a read from the language's own names: months, weekdays (Monday
     * first) and AM/PM, comma-separated in the message files.
     */
    static DateTimeFormatter formatter(Locale locale, String kind) {
        String pattern = Messages.text(locale, kind);
        Map<Long, String> months = names(Messages.text(locale, "format.months"), 12, 1);
        Map<Long, String> weekdays = names(Messages.text(locale, "format.weekdays"), 7, 1);
        Map<Long, String> halves = names(Messages.text(locale, "format.ampm"), 2, 0);
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                plain.append(c);
            } else if (!quoted && pattern.startsWith("MMM", i)) {
                flush(builder, plain).appendText(ChronoField.MONTH_OF_YEAR, months);
                i += 2;
            } else if (!quoted && pattern.startsWith("EEE", i)) {
                flush(builder, plain).appendText(ChronoField.DAY_OF_WEEK, weekdays);
                i += 2;
            } else if (!quoted && c == 'a') {
                flush(builder, plain).appendText(ChronoField.AMPM_OF_DAY, halves);
            } else {
                plain.append(c);
            }
        }
        return flush(builder, plain).toFormatter(locale);
    }

    private static DateTimeFormatterBuilder flush(DateTimeFormatterBuilder builder, StringBuilder plain) {
        if (!plain.isEmpty()) {
            builder.appendPattern(plain.toString());
            plain.setLength(0);
        }
        return builder;
    }

    private static Map<Long, String> names(String list, int count, int first) {
        String[] names = list.split(",");
        if (names.length != count) {
            throw new IllegalStateException("Expected " + count + " names in " + list);
        }
        Map<Long, String> map = new HashMap<>();
        for (int i = 0; i < count; i++) {
            map.put((long) (first + i), names[i].trim());
        }
        return map;
    }

    static {
        // the names are read in this order: January first, Monday first
        assert Month.JANUARY.getValue() == 1 && DayOfWeek.MONDAY.getValue() == 1;
    }
}
