package org.tutela.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Marks what a page shows from users' data rather than from the message files, for templates ({@code @mark}): a name,
 * case number or note in {@code <span translate="no">} (so that a browser's translator leaves it alone and a check of
 * the page's language can tell it from the page's own words) and a date in {@code <time datetime>}. A sentence from
 * the message files that holds such values is built by {@link #msg}, for {@code th:utext}: the sentence escaped, the
 * marked values in it. Templates reach it as the expression object {@code #mark} (Thymeleaf refuses bean references
 * in some attributes).
 */
@Component
public class Marked implements IExpressionObjectDialect {

    /** Safe HTML: a marked value, ready to go into a sentence built by {@link #msg}. */
    public record Markup(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private static final Dates DATES = new Dates();

    private final MessageSource messages;

    public Marked(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "mark";
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("mark", "when");
            }

            /** {@code #when}: {@link Dates} (an expression object: a bean reference is refused where Thymeleaf restricts). */
            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return expressionObjectName.equals("when") ? DATES : Marked.this;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** A user's value (a name, a case number, free text), not to be translated. */
    public Markup data(Object value) {
        return new Markup("<span translate=\"no\">" + HtmlUtils.htmlEscape(String.valueOf(value), "UTF-8") + "</span>");
    }

    /** A date or time shown as {@code text}, with its machine-readable value. */
    public Markup time(Temporal value, String text) {
        return new Markup("<time datetime=\"" + iso(value) + "\">" + HtmlUtils.htmlEscape(text, "UTF-8") + "</time>");
    }

    /** A day as the reader's language writes it ({@link Dates}), inside {@code <time>}. */
    public Markup date(Temporal value) {
        return time(value, DATES.day(value));
    }

    /** A month ("Nov 2026"), inside {@code <time>}. */
    public Markup month(java.time.LocalDate value) {
        return new Markup("<time datetime=\"" + java.time.YearMonth.from(value) + "\">"
                + HtmlUtils.htmlEscape(DATES.month(value), "UTF-8") + "</time>");
    }

    /** A day and time as the reader's language writes it, inside {@code <time>}. */
    public Markup dayTime(Temporal value) {
        return time(value, DATES.dayTime(value));
    }

    /** The value for a {@code datetime} attribute: ISO 8601, to the second. */
    public String iso(Temporal value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof java.time.LocalDateTime dateTime) {
            return dateTime.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return String.valueOf(value);
    }

    /**
     * A message made in Java ({@link Messages.Text}) as a page shows it: its plain text arguments are the user's data
     * (names, an organization), marked as such; a message within it is the reader's words; a day is a {@code <time>}.
     */
    public String text(Messages.Text text) {
        if (text == null) {
            return null;
        }
        Object[] args = new Object[text.args().length];
        for (int i = 0; i < args.length; i++) {
            Object arg = text.args()[i];
            args[i] = arg instanceof String s ? data(s) : arg instanceof Messages.Day d ? date(d.day())
                    : arg instanceof Messages.Text || arg instanceof Messages.Listed ? arg.toString() : arg;
        }
        return msg(text.code(), args);
    }

    /**
     * The message {@code key} in the request's language, HTML-escaped, with its arguments: a {@link Markup} goes in as
     * it is, anything else as escaped text (a number formatted as the message says).
     */
    public String msg(String key, Object... args) {
        List<Markup> marked = new ArrayList<>();
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Markup markup) {
                formatted[i] = "" + OPEN + marked.size() + CLOSE;
                marked.add(markup);
            } else if (args[i] instanceof String text) {
                formatted[i] = text.replace(OPEN, '\uFFFD').replace(CLOSE, '\uFFFD');
            } else {
                formatted[i] = args[i];
            }
        }
        String text = HtmlUtils.htmlEscape(messages.getMessage(key, formatted, LocaleContextHolder.getLocale()), "UTF-8");
        StringBuilder html = new StringBuilder(text.length());
        int from = 0;
        for (int open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, from)) {
            int close = text.indexOf(CLOSE, open);
            html.append(text, from, open).append(marked.get(Integer.parseInt(text.substring(open + 1, close))).html());
            from = close + 1;
        }
        return html.append(text.substring(from)).toString();
    }
}
