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
    void eachWordIsAQuotedPrefixAndEveryOneIsRequired() {
        assertThat(CaseManagement.wordsQuery(java.util.List.of("maria", "o'brien", "a\\b", "&")))
                .isEqualTo("'maria':* & 'o''brien':* & 'a\\\\b':* & '&':*");
        assertThat(CaseManagement.wordsQuery(java.util.List.of("\uD83D\uDE00".repeat(150))))
                .isEqualTo("'" + "\uD83D\uDE00".repeat(100) + "':*");
    }

    @Test
    void theSearchTextHoldsNumberNamesAndMaltreatments() {
        assertThat(CaseManagement.searchText("2026-SC-1", "Maria Alvarez", "IPV THREATENS CHILD Intimate Partner"))
                .isEqualTo("2026-sc-1 maria alvarez ipv threatens child intimate partner");
    }
}
