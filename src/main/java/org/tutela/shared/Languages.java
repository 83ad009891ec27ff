package org.tutela.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The languages Tutela speaks: English, Spanish and Haitian Creole, as Florida's workers and families do. Each is
 * formatted as it is written in the United States (dates, numbers). One list, used by the language menu, the locale
 * of every request and the message files' test.
 */
public final class Languages {

    /** The languages' codes, in the menu's order. */
    public static final List<String> CODES = List.of("en", "es", "ht");

    public static final Locale ENGLISH = Locale.forLanguageTag("en-US");

    private Languages() {
    }

    /** The locale of a language's code; anything else is English. */
    public static Locale locale(String code) {
        return code == null || !CODES.contains(code) || code.equals("en") ? ENGLISH
                : Locale.forLanguageTag(code + "-US");
    }

    /** Whether a code names one of Tutela's languages. */
    public static boolean known(String code) {
        return code != null && CODES.contains(code);
    }

    /** The best of Tutela's languages for an {@code Accept-Language} header, or null when it names none of them. */
    public static String accepted(String header) {
        for (Locale.LanguageRange range : ranges(header)) {
            String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
            if (CODES.contains(language)) {
                return language;
            }
        }
        return null;
    }

    /**
     * The ranges an {@code Accept-Language} header asks for, most wanted first, without those it refuses (q=0); none
     * for a blank or unreadable header. The one reading of the header (the request's locales too: AcceptLanguages).
     */
    static List<Locale.LanguageRange> ranges(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().filter(r -> r.getWeight() > 0).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    /** The locale of a request that no user stands behind (a filter's answer, the sign-in page): its header's. */
    public static Locale fromHeader(HttpServletRequest request) {
        return locale(accepted(request.getHeader("Accept-Language")));
    }
}
