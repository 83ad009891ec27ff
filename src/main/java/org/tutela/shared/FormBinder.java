package org.tutela.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the fields of a submitted page form into a command record the way the JSON API reads one, so that a
 * page and the API share one reading of the input; a value of the wrong type is an {@link InvalidInput} naming
 * the field. Blank fields are absent.
 */
@Component
public class FormBinder {

    private final JsonMapper mapper;

    public FormBinder(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T bind(Map<String, String> fields, Class<T> type) {
        java.util.Set<String> known = type.isRecord() ? java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet()) : null;
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            // a page's other parameters (the CSRF token, ids in the action's query) are not the command's
            if ((known == null || known.contains(k)) && !k.startsWith("_") && v != null && !v.isBlank()) {
                values.put(k, v.trim());
            }
        });
        try {
            return mapper.convertValue(values, type);
        } catch (DatabindException e) {
            String field = e.getPath().isEmpty() ? "form" : e.getPath().get(0).getPropertyName();
            throw new InvalidInput(field == null ? "form" : field,
                    e instanceof PlainText.Refused refused ? refused.reason() : "invalid.value");
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidInput("form", "invalid.formUnreadable");
        }
    }
}
