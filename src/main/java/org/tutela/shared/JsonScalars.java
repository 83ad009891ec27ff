package org.tutela.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON values are read as the API document describes them, or refused with a 400 naming the field: a value is never
 * kept as something other than was sent. Jackson would read a number where an enum is due as the enum's position
 * ({@code "type": 0}), a number where a date is due as days or seconds since 1970, a number where a yes/no is due as
 * true unless 0, and 1.5 where a whole number is due as 1. Text itself follows {@link PlainText}; a string where a
 * number or a yes/no is due is read when it is one ({@code "5"}, {@code "true"}), as form fields are, and refused
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class JsonScalars {

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * Dates and times only as text (the API document's {@code format: date} and {@code date-time}); yes/no only as
     * {@code true} or {@code false}, never as a number; and a number or yes/no sent as text ({@code "5"}, read as forms
     * send it) holds nothing that text may not ({@link PlainText}): Jackson would trim a NUL off {@code "5\u0000"}.
     */
    @Bean
    JacksonModule scalarsAsDocumented() {
        SimpleModule module = new SimpleModule("scalars-as-documented");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (Temporal.class.isAssignableFrom(type)) {
                    return new Guarded(deserializer, type, Kind.DATE);
                }
                if (type == Boolean.class || type == boolean.class) {
                    return new Guarded(deserializer, type, Kind.YES_NO);
                }
                if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                        || type == short.class || type == byte.class || type == double.class || type == float.class) {
                    return new Guarded(deserializer, type, Kind.NUMBER);
                }
                return deserializer;
            }
        });
        return module;
    }

    private enum Kind { DATE, YES_NO, NUMBER }

    private static final class Guarded extends DelegatingDeserializer {

        private final Class<?> type;
        private final Kind kind;

        Guarded(ValueDeserializer<?> delegate, Class<?> type, Kind kind) {
            super(delegate);
            this.type = type;
            this.kind = kind;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Guarded(delegate, type, kind);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            boolean number = token != null && token.isNumeric();
            if (kind == Kind.DATE && number) {
                throw new PlainText.Refused(parser, type, type == LocalDate.class
                        ? "invalid.dateText" : "invalid.dateTimeText");
            }
            if (kind == Kind.YES_NO && number) {
                throw new PlainText.Refused(parser, type, "invalid.trueOrFalse");
            }
            if (kind != Kind.DATE && token == JsonToken.VALUE_STRING && !PlainText.acceptable(parser.getString())) {
                throw new PlainText.Refused(parser, type, PlainText.REFUSED);
            }
            Object value = super.deserialize(parser, context);
            if (kind == Kind.DATE && value instanceof Temporal t && t.isSupported(ChronoField.YEAR)
                    && !InputValidation.plausibleYear(t.get(ChronoField.YEAR))) {
                // "+5874898-01-01" parses, and PostgreSQL would refuse it (a 500) or store infinity
                throw new PlainText.Refused(parser, type, InputValidation.DATE_RANGE);
            }
            return value;
        }
    }
}
