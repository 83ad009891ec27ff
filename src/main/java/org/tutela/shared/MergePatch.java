package org.tutela.shared;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396): a field given replaces, {@code null} clears, a field left out stays. */
public final class MergePatch {

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("body", "invalid.jsonObject");
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                result.remove(field.getKey());
            } else if (value.isObject()) {
                result.set(field.getKey(), apply(result.get(field.getKey()), value));
            } else {
                result.set(field.getKey(), value);
            }
        }
        return result;
    }
}
