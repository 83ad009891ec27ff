package org.tutela.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BIP report rules (seed 001): a comment that predicts whether the participant will offend again, or certifies
 * completion, is found, in its variants; a plain account of what happened is not.
 */
class LanguageCheckTests {

    private static final LanguageCheck CHECK = new LanguageCheck(JsonMapper.builder().build());

    private static List<String> rules(String text) {
        return CHECK.check(text, TextKind.BIP_REPORT).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He is unlikely to reoffend.", "He is unlikely to re-offend.", "She is likely to offend again.",
            "We consider him low risk.", "He is now a low-risk participant.", "His risk of reoffending is minimal.",
            "He will not hurt her again.", "He won't do it again.", "He won’t be violent.", "He will never hit her again.",
            "He is safe to return home.", "The children are safe around him now.", "He is no longer a danger.",
            "Recidivism is unlikely.", "We expect him to stay nonviolent and not reoffend.", "He is rehabilitated.",
            "He poses no risk to the family.", "He is not going to abuse anyone.", "HIGH RISK of violence",
            "He is very unlikely to hit her again.", "His risk is now low.", "He is no threat to his partner.",
            "He'll never do it again.", "We believe it is safe for the children to return home to him.",
            "Repeat violence is improbable.", "His recidivism probability is 5%.", "No volverá a ser violento.",
            "Li pap janm frape l ankò."})
    void aPredictionIsFound(String text) {
        assertThat(rules(text)).as(text).contains("PREDICTION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He successfully completed the program.", "She completed the BIP.", "He graduated today.",
            "Certificate of completion issued.", "He is certified.", "He finished the program.", "Program complete.",
            "He has finished all 26 sessions and satisfied every requirement of the program.",
            "He successfully concluded the program.", "He passed the program; consider this his diploma.",
            "He is cértified.", "Completíon.", "Completó el programa.", "Li fini pwogram nan."})
    void aCertificationIsFound(String text) {
        assertThat(rules(text)).as(text).contains("CERTIFICATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He attended 3 of 4 sessions and spoke about choking his partner.",
            "Mr. Ruiz choked Ms. Lane in front of the children.", "He will attend the Tuesday group.",
            "He was late twice and broke the rule on blaming his partner.", "He said he wants to change.",
            "He paid his fees.", "He attended 26 of 26 sessions.", "He completed his homework each week.",
            "He denied the sexual violence the intake asked about."})
    void anAccountOfWhatHappenedIsNotFlagged(String text) {
        assertThat(rules(text)).as(text).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aFindingSaysWhereAndWhy() {
        Finding f = CHECK.check("Attended. He is unlikely to reoffend.", TextKind.BIP_REPORT).get(0);
        assertThat(f.excerpt()).isEqualTo("unlikely to reoffend");
        assertThat(f.start()).isEqualTo(16);
        assertThat(f.end()).isEqualTo(f.start() + f.excerpt().length());
        assertThat(f.reason()).isNotBlank();
    }
}
