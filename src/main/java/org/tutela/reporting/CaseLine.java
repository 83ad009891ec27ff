package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.directory.OrganizationType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A case of a measure's denominator: counted (by the consultation on {@code countedOn} with an agency of
 * {@code countedAgency}) or not, and why not. Never a name or a note: the case's id only for the BAS, who may open it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = CaseLine.Json.class)
public record CaseLine(UUID caseId, String caseNumber, boolean counted, LocalDate countedOn,
                       OrganizationType countedAgency, List<Reason> reasons) {

    /**
     * A line as the bean serializer wrote it (its fields in order, those absent left out), without looking each field
     * up for each of a quarter's 57,000 lines.
     */
    static final class Json extends ValueSerializer<CaseLine> {

        @Override
        public void serialize(CaseLine line, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject(line);
            if (line.caseId() != null) {
                gen.writeName("caseId");
                ctxt.writeValue(gen, line.caseId());
            }
            if (line.caseNumber() != null) {
                gen.writeStringProperty("caseNumber", line.caseNumber());
            }
            gen.writeBooleanProperty("counted", line.counted());
            if (line.countedOn() != null) {
                gen.writeName("countedOn");
                ctxt.writeValue(gen, line.countedOn());
            }
            if (line.countedAgency() != null) {
                gen.writeName("countedAgency");
                ctxt.writeValue(gen, line.countedAgency());
            }
            if (line.reasons() != null) {
                gen.writeName("reasons");
                gen.writeStartArray(line.reasons(), line.reasons().size());
                for (Reason reason : line.reasons()) {
                    ctxt.writeValue(gen, reason);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }
}
