package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MergePatchTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode tree(String s) {
        return json.readTree(s);
    }

    @Test
    void givenFieldsReplaceNullClearsMissingStaysAndObjectsMerge() {
        JsonNode result = MergePatch.apply(tree("{\"a\":1,\"b\":2,\"c\":{\"x\":1,\"y\":2}}"),
                tree("{\"a\":9,\"b\":null,\"c\":{\"y\":3},\"d\":[1]}"));
        assertThat(result).isEqualTo(tree("{\"a\":9,\"c\":{\"x\":1,\"y\":3},\"d\":[1]}"));
    }

    @Test
    void anObjectPatchOnANullFieldCreatesIt() {
        assertThat(MergePatch.apply(tree("{\"address\":null}"), tree("{\"address\":{\"line1\":\"x\"}}")))
                .isEqualTo(tree("{\"address\":{\"line1\":\"x\"}}"));
    }

    @Test
    void aPatchMustBeAnObject() {
        assertThatThrownBy(() -> MergePatch.apply(tree("{}"), tree("[1]"))).isInstanceOf(InvalidInput.class);
    }
}
