package org.tutela.shared;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts from the message files (messages.properties, _es, _ht) for code that is not a template: problem documents,
 * filters, the court brief PDF, the ICS feed. Rules name their refusals by message code ({@link InvalidInput},
 * {@link Refused}); the text is chosen here, in the reader's language, at the edge.
 */
@Component
public class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static volatile MessageSource source;

    Messages(MessageSource messageSource) {
        source = messageSource;
    }

    /** The text of a code in the current request's language. */
    public static String text(String code, Object... args) {
        return text(LocaleContextHolder.getLocale(), code, args);
    }

    /** The text of a code in a language; a code no file has is logged and shown as it is (a test forbids it). */
    public static String text(Locale locale, String code, Object... args) {
        MessageSource messages = source;
        if (messages == null) {
            return code;
        }
        try {
            return messages.getMessage(code, args.length == 0 ? null : args, locale);
        } catch (NoSuchMessageException e) {
            log.error("No message for code {}", code);
            return code;
        }
    }

    /**
     * A message to be read later, in the reader's language: an argument of another message (a role's label within a
     * refusal), formatted when that message is.
     */
    public record Text(String code, Object... args) {
        /** As the API writes it: the text in the reader's language. */
        @com.fasterxml.jackson.annotation.JsonValue
        @Override
        public String toString() {
            return Messages.text(code, args);
        }
    }

    /** A day written as the reader's language writes it ({@link Dates}), as an argument of a message. */
    public record Day(java.time.LocalDate day) {
        @Override
        public String toString() {
            return new Dates().day(day);
        }
    }

    /** Messages to be read later as one list ("street, phone"). */
    public record Listed(java.util.List<Text> items) {
        @Override
        public String toString() {
            return String.join(", ", items.stream().map(Text::toString).toList());
        }
    }

    /**
     * A field's label, as a form names it: {@code field.<name>} for the field's path without indexes
     * ({@code maltreatments[0]} is {@code maltreatments}), else the path itself.
     */
    public static String label(Locale locale, String field) {
        MessageSource messages = source;
        String name = field.replaceAll("\\[\\d*]", "");
        if (messages == null) {
            return field;
        }
        return messages.getMessage("field." + name, null, field, locale);
    }
}
