package org.tutela.caseload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A person's preferred language, as a vetted value (ISO 639 code): it reaches the BAS with the person's identity, so
 * it carries no free text. The API takes the code or the language's name in English or in the language itself.
 */
public enum SpokenLanguage {
    ENGLISH("en", "english"),
    SPANISH("es", "spanish", "español", "espanol"),
    HAITIAN_CREOLE("ht", "haitian creole", "creole", "kreyòl", "kreyol", "kreyòl ayisyen"),
    PORTUGUESE("pt", "portuguese", "português", "portugues"),
    FRENCH("fr", "french", "français", "francais"),
    VIETNAMESE("vi", "vietnamese", "tiếng việt"),
    CHINESE("zh", "chinese", "mandarin", "cantonese"),
    ARABIC("ar", "arabic"),
    RUSSIAN("ru", "russian"),
    TAGALOG("tl", "tagalog", "filipino"),
    KOREAN("ko", "korean"),
    AMERICAN_SIGN_LANGUAGE("ase", "american sign language", "asl"),
    /** Another language: an interpreter is needed, and the case's workers note which in the case record. */
    OTHER("other", "another language", "another");

    private final String code;
    private final List<String> names;

    SpokenLanguage(String code, String... names) {
        this.code = code;
        this.names = List.of(names);
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The language named by its code, its enum name or one of its names, case aside; any other is refused. */
    @JsonCreator
    public static SpokenLanguage of(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (SpokenLanguage l : values()) {
            if (l.code.equals(v) || l.name().toLowerCase(Locale.ROOT).equals(v) || l.names.contains(v)) {
                return l;
            }
        }
        throw new IllegalArgumentException("invalid.languageCode");
    }
}
