package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTests {

    @Test
    void versionsRoundTripThroughEntityTags() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(ETags.fromIfMatch("W/\"4\"")).isEqualTo(4);
        assertThat(ETags.fromIfMatch(null)).isNull();
        assertThat(ETags.fromIfMatch("*")).isNull();
    }

    @Test
    void anUnknownTagCannotMatch() {
        assertThatThrownBy(() -> ETags.fromIfMatch("\"abc\"")).isInstanceOf(EditConflict.class)
                .matches(e -> ((EditConflict) e).precondition());
    }

    @Test
    void pageSizesAreBounded() {
        assertThat(PageOf.size(null, 20)).isEqualTo(20);
        assertThatThrownBy(() -> PageOf.size(0, 20)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageOf.size(101, 20)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageOf.page(-1)).isInstanceOf(InvalidInput.class);
        assertThat(new PageOf<>(java.util.List.of(1), 1, 10, 25).pages()).isEqualTo(3);
        assertThat(new PageOf<>(java.util.List.of(1), 2, 10, 25).hasNext()).isFalse();
    }
}
