package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.Messages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Why a case of a measure's denominator does not count, as a code with its data ({@code on} and {@code agencyType}
 * absent for a reason about the whole case); {@link #text()} says it in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = Reason.Json.class)
public record Reason(Code code, LocalDate on, OrganizationType agencyType) {

    public enum Code {
        /** E.1.1: a CBC or CMO consultation answered NO. */
        E11_ANSWERED_NO,
        /** E.1.1: answered YES, but the note lacks "BAS initiated batterer compliance monitoring." */
        E11_SENTENCE_MISSING,
        /** E.1.2: no consultation on the case answered YES. */
        E12_NOT_GUIDED,
        /** E.1.2: answered YES, but the note holds none of the three E.1.2 sentences. */
        E12_SENTENCE_MISSING
    }

    static Reason of(Code code, LocalDate on, OrganizationType agencyType) {
        return new Reason(code, on, agencyType);
    }

    static Reason wholeCase(Code code) {
        return new Reason(code, null, null);
    }

    /** The reason in words: "CBC consultation on Aug 4, 2026 answered No". */
    @JsonProperty("text")
    public Messages.Text text() {
        return on == null ? new Messages.Text("reportReason." + code)
                : new Messages.Text("reportReason." + code, new Messages.Text("agencyType." + agencyType),
                        new Messages.Day(on));
    }

    /**
     * A reason as the bean serializer wrote it ({@code code}, {@code on} and {@code agencyType} when present,
     * {@code text}), each distinct reason's text formatted once per response: a quarter's drill-down holds thousands
     * of reasons and a few hundred distinct ones (four codes, three agency types, the period's days).
     */
    static final class Json extends ValueSerializer<Reason> {

        /** The texts of one response (an attribute of one serialization, never shared between two). */
        private static final Object TEXTS = new Object();

        @Override
        public void serialize(Reason reason, JsonGenerator gen, SerializationContext ctxt) {
            @SuppressWarnings("unchecked")
            Map<Reason, String> texts = (Map<Reason, String>) ctxt.getAttribute(TEXTS);
            if (texts == null) {
                texts = new HashMap<>();
                ctxt.setAttribute(TEXTS, texts);
            }
            gen.writeStartObject(reason);
            gen.writeName("code");
            ctxt.writeValue(gen, reason.code());
            if (reason.on() != null) {
                gen.writeName("on");
                ctxt.writeValue(gen, reason.on());
            }
            if (reason.agencyType() != null) {
                gen.writeName("agencyType");
                ctxt.writeValue(gen, reason.agencyType());
            }
            gen.writeName("text");
            gen.writeString(texts.computeIfAbsent(reason, r -> r.text().toString()));
            gen.writeEndObject();
        }
    }
}
