package org.tutela.shared;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Applies a JSON merge patch to a record as written, and reads the version the caller expects. */
@Component
public class JsonPatches {

    /** The patched value and the version the caller expects, from If-Match (412) or a version field (409). */
    public record Patched<T>(T value, Integer expectedVersion, boolean precondition) {
    }

    private final JsonMapper mapper;

    public JsonPatches(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public <T> Patched<T> apply(T current, JsonNode body, Class<T> type, String ifMatch) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "invalid.jsonObject");
        }
        ObjectNode patch = ((ObjectNode) body).deepCopy();
        Integer fromBody = version(patch.remove("version"));
        Integer fromHeader = ETags.fromIfMatch(ifMatch);
        T value = mapper.treeToValue(MergePatch.apply(mapper.valueToTree(current), patch), type);
        return fromHeader != null ? new Patched<>(value, fromHeader, true) : new Patched<>(value, fromBody, false);
    }

    /** The version a {@code version} field names (null when absent), or a 400 naming the field. */
    public static Integer version(JsonNode version) {
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new InvalidInput("version", "invalid.wholeNumber");
        }
        return version.intValue();
    }
}
