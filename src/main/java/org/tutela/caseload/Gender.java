package org.tutela.caseload;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;

/**
 * A person's gender, as a vetted value: it reaches the BAS with the person's identity, so it carries no free text.
 * The API takes the code or a common word for it ("Female", "f").
 */
public enum Gender {
    FEMALE("female", "f", "woman"),
    MALE("male", "m", "man"),
    NON_BINARY("non-binary", "nonbinary", "non binary"),
    ANOTHER_GENDER("another gender", "another", "other");

    private final List<String> words;

    Gender(String... words) {
        this.words = List.of(words);
    }

    /** The gender named by its code or one of its words, case aside; an unknown word is refused. */
    @JsonCreator
    public static Gender of(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Gender g : values()) {
            if (g.name().toLowerCase(Locale.ROOT).equals(v) || g.words.contains(v)) {
                return g;
            }
        }
        throw new IllegalArgumentException("invalid.gender");
    }
}
