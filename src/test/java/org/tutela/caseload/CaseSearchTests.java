package org.tutela.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSearchTests {

    @Test
    void aQueryIsSplitIntoLowerCaseWords() {
        assertThat(CaseManagement.terms("  Maria   ALVAREZ ")).containsExactly("maria", "alvarez");
        assertThat(CaseManagement.terms(null)).isEmpty();
        assertThat(CaseManagement.terms("   ")).isEmpty();
    }

    @Test
    void wordsAreSplitAtAnyWhiteSpaceAndKeptToEight() {
        assertThat(CaseManagement.terms("a\u3000b\u2028c d e f g h i j")).containsExactly("a", "b", "c", "d", "e", "f",
                "g", "h");
    }

    @Test
    void theSearchTextHoldsNumberNamesAndMaltreatments() {
        assertThat(CaseManagement.searchText("2026-SC-1", "Maria Alvarez", "IPV THREATENS CHILD Intimate Partner"))
                .isEqualTo("2026-sc-1 maria alvarez ipv threatens child intimate partner");
    }
}
