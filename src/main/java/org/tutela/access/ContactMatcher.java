package org.tutela.access;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a protected contact value in a free text however it is spelled: the second line behind structured values
 * (the first is that nothing typed freely reaches the BAS or leaves Tutela). It compares words after folding case,
 * accents, punctuation and the usual abbreviations ("Ln." is "lane", "Elem." is "elementary"), and looks for a street
 * by its number or its distinctive name, a phone number by its last seven digits, a ZIP code, an e-mail address,
 * and a school, child care or workplace by its distinctive name. A pure function, unit-tested case by case.
 */
public final class ContactMatcher {

    /** What kind of protected value a text carries. */
    public enum Kind { STREET, PHONE, EMAIL, POSTAL_CODE, SCHOOL_OR_WORKPLACE }

    /** The protected contact values of one person, as recorded. */
    public record Values(String line1, String city, String postalCode, String phone, String email, String workplace,
                         String schoolOrChildCare, String line2, String shelterStatus) {

        public Values(String line1, String city, String postalCode, String phone, String email, String workplace,
                      String schoolOrChildCare) {
            this(line1, city, postalCode, phone, email, workplace, schoolOrChildCare, null, null);
        }
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("ln", "lane"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("rd", "road"), Map.entry("dr", "drive"), Map.entry("blvd", "boulevard"),
            Map.entry("ct", "court"), Map.entry("crt", "court"), Map.entry("pl", "place"), Map.entry("hwy", "highway"),
            Map.entry("pkwy", "parkway"), Map.entry("cir", "circle"), Map.entry("ter", "terrace"),
            Map.entry("trl", "trail"), Map.entry("sq", "square"), Map.entry("cv", "cove"), Map.entry("pt", "point"),
            Map.entry("aly", "alley"), Map.entry("xing", "crossing"), Map.entry("n", "north"), Map.entry("s", "south"),
            Map.entry("e", "east"), Map.entry("w", "west"), Map.entry("ne", "northeast"), Map.entry("nw", "northwest"),
            Map.entry("se", "southeast"), Map.entry("sw", "southwest"), Map.entry("elem", "elementary"),
            Map.entry("el", "elementary"), Map.entry("es", "elementary"), Map.entry("ms", "middle"),
            Map.entry("hs", "high"), Map.entry("sch", "school"), Map.entry("schl", "school"),
            Map.entry("acad", "academy"), Map.entry("ctr", "center"), Map.entry("centre", "center"),
            Map.entry("cntr", "center"), Map.entry("co", "company"), Map.entry("corp", "corporation"),
            Map.entry("intl", "international"), Map.entry("mt", "mount"), Map.entry("ft", "fort"));

    /** The kinds of street, and directions: on their own they say nothing, next to a street's name they confirm it. */
    private static final Set<String> STREET_WORDS = Set.of("street", "lane", "avenue", "road", "drive", "boulevard",
            "court", "place", "highway", "parkway", "circle", "terrace", "trail", "square", "cove", "point", "alley",
            "crossing", "way", "run", "loop", "path", "row", "walk", "north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");

    /** The generic words of school, child care and workplace names. */
    private static final Set<String> PLACE_WORDS = Set.of("school", "elementary", "middle", "high", "junior", "senior",
            "academy", "charter", "preschool", "pre", "k", "prek", "kindergarten", "daycare", "day", "care", "child",
            "children", "childcare", "center", "learning", "early", "head", "start", "montessori", "primary",
            "secondary", "college", "university", "campus", "the", "of", "and", "company", "corporation", "inc",
            "llc", "ltd", "services", "group", "store", "office", "supermarket", "market", "shop", "restaurant",
            "cafe", "hospital", "clinic", "bank", "salon", "warehouse", "factory", "plant", "shelter", "house",
            "home", "room", "shelters", "diner", "bakery", "bar", "grill", "kitchen", "hotel", "motel", "inn",
            "pharmacy", "church", "gym", "garage", "farm", "mall", "plaza", "studio", "agency", "firm", "co");

    /**
     * Words that name where someone is before a place's name: "works at Publix", "staying at Harbor", "attends
     * Sampleton". A distinctive word of a protected place right after one is the place.
     */
    private static final Set<String> PLACE_CUES = Set.of("at", "works", "attends", "attending", "employed", "staying",
            "stays", "enrolled");

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[^\\p{L}\\d]{0,3}\\d)*");

    /** An extension after a phone number: "x204", "ext. 204", "# 204". */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(x|ext\\.?|extension|#)\\s*\\d+\\s*$");

    private ContactMatcher() {
    }

    /** The kinds of the given values that the text carries; empty when it carries none. */
    public static Set<Kind> find(String text, List<Values> protectedValues) {
        return find(text, protectedValues, true);
    }

    /**
     * Like {@link #find}, for a person's name: many people are named like a street ("De La Cruz"), so a street is
     * found there only by its number or its kind ("42 De La Cruz", "De La Cruz Ave").
     */
    public static Set<Kind> findInName(String text, List<Values> protectedValues) {
        return find(text, protectedValues, false);
    }

    private static Set<Kind> find(String text, List<Values> protectedValues, boolean bareStreetNames) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        List<String> words = words(text);
        List<String> digitRuns = digitRuns(text);
        for (Values v : protectedValues) {
            if (street(words, v.line1(), bareStreetNames) || street(words, v.line2(), bareStreetNames)) {
                found.add(Kind.STREET);
            }
            if (phone(digitRuns, v.phone())) {
                found.add(Kind.PHONE);
            }
            if (email(words, v.email())) {
                found.add(Kind.EMAIL);
            }
            if (postalCode(words, v.postalCode())) {
                found.add(Kind.POSTAL_CODE);
            }
            // a shelter status is free text: it may name the shelter ("Harbor Light Shelter, room 5")
            if (placeName(words, v.schoolOrChildCare()) || placeName(words, v.workplace())
                    || placeName(words, v.shelterStatus())) {
                found.add(Kind.SCHOOL_OR_WORKPLACE);
            }
        }
        return found;
    }

    /** Lower-case words without accents or punctuation, abbreviations spelled out. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\+[^@\\s]*@", "@"); // a plus-address ("ana+x@...") reaches the same mailbox
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(ABBREVIATIONS.getOrDefault(w, w));
            }
        }
        return words;
    }

    /**
     * A street by its number followed by its name ("42 New Hideout"), or by its distinctive name: on its own when it
     * has two words or more ("new hideout"), next to its kind when it has one ("Main Street", not "main").
     */
    static boolean street(List<String> text, String line1, boolean bareName) {
        if (line1 == null || line1.isBlank()) {
            return false;
        }
        List<String> line = street(words(line1));
        if (containsInOrder(text, line) && line.size() >= 2) {
            return true; // the street as written (number, name and kind)
        }
        int start = 0;
        while (start < line.size() && line.get(start).chars().anyMatch(Character::isDigit)) {
            start++;
        }
        List<String> numbers = line.subList(0, start);
        List<String> name = line.subList(start, line.size()).stream().filter(w -> !STREET_WORDS.contains(w)).toList();
        List<String> kinds = line.subList(start, line.size()).stream().filter(STREET_WORDS::contains).toList();
        if (name.isEmpty()) {
            // a numbered street ("42 5th Avenue"): the number and the street's kind together
            return !numbers.isEmpty() && containsInOrder(text, line);
        }
        for (int at : occurrences(text, name)) {
            if (bareName && name.size() >= 2 && name.stream().mapToInt(String::length).sum() >= 6) {
                return true;
            }
            boolean numberBefore = !numbers.isEmpty() && at > 0 && numbers.contains(text.get(at - 1))
                    || !numbers.isEmpty() && at > 1 && numbers.contains(text.get(at - 2))
                    && STREET_WORDS.contains(text.get(at - 1));
            boolean kindAfter = at + name.size() < text.size() && kinds.contains(text.get(at + name.size()));
            if (numberBefore || kindAfter) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number, name and kind of a street from an address line, without what follows its kind ("1250 Harbor Blvd
     * Apt 4" is the street "1250 harbor boulevard"): a unit or building is no part of a street's name.
     */
    static List<String> street(List<String> line) {
        // what comes before the street's number is a unit or a care-of ("Apt 4B, 42 Quietwater Ln", "c/o Harbor
        // Light, 42 ..."): the street starts at the first number followed by a word, with the numbers just before it
        int start = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            if (hasDigit(line.get(i)) && !hasDigit(line.get(i + 1))) {
                start = i;
                while (start > 0 && hasDigit(line.get(start - 1))) {
                    start--;
                }
                break;
            }
        }
        line = line.subList(start, line.size());
        boolean named = false;
        for (int i = 0; i < line.size(); i++) {
            String w = line.get(i);
            if (STREET_WORDS.contains(w) && named && !DIRECTIONS.contains(w)) {
                return line.subList(0, i + 1);
            }
            named |= !STREET_WORDS.contains(w) && w.chars().noneMatch(Character::isDigit);
        }
        return line;
    }

    /** A phone number by its last seven digits, however they are grouped; an extension is no part of it. */
    static boolean phone(List<String> digitRuns, String phone) {
        String digits = phone == null ? "" : EXTENSION.matcher(phone).replaceFirst("").replaceAll("\\D", "");
        if (digits.length() < 7) {
            return false;
        }
        String tail = digits.substring(digits.length() - 7);
        return digitRuns.stream().anyMatch(run -> run.contains(tail));
    }

    static boolean email(List<String> text, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String squashed = String.join("", words(email));
        if (squashed.length() < 6) {
            return false;
        }
        String textSquashed = String.join("", text.stream().filter(w -> !w.equals("at") && !w.equals("dot")).toList());
        return textSquashed.contains(squashed);
    }

    /** A ZIP code: its first five digits as a word of their own. */
    static boolean postalCode(List<String> text, String postalCode) {
        String digits = postalCode == null ? "" : postalCode.replaceAll("\\D", "");
        if (digits.length() < 5) {
            return false;
        }
        String zip = digits.substring(0, 5);
        return text.stream().anyMatch(w -> w.equals(zip) || w.startsWith(zip) && w.length() == 9);
    }

    /**
     * A school, child care or workplace by its whole name, or by its distinctive words: on their own when there are
     * two or more ("Little Sprouts"), next to a generic word of the name when there is one ("Sampleton Elem."), or
     * after a word that says where someone is ("works at Publix", "attends Brightmoor").
     */
    static boolean placeName(List<String> text, String placeName) {
        if (placeName == null || placeName.isBlank()) {
            return false;
        }
        List<String> name = words(placeName);
        if (name.size() >= 2 && containsInOrder(text, name) || !name.isEmpty() && text.equals(name)) {
            return true; // the whole name, or a one-word name copied as it is ("Publix")
        }
        List<String> distinctive = distinctive(name);
        List<String> generic = name.stream().filter(PLACE_WORDS::contains).toList();
        if (distinctive.isEmpty() || distinctive.stream().mapToInt(String::length).sum() < 4) {
            return false;
        }
        for (int at : occurrences(text, distinctive)) {
            if (distinctive.size() >= 2) {
                return true;
            }
        }
        // a name of several distinctive words ("Zqcanarywork Diner" less its generic word is one; "Harbor Light" two)
        // is also found by its longest word after a cue ("works at Zqcanarywork"), when that word is long enough to
        // be the name's own
        String longest = distinctive.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        if (distinctive.size() >= 2 && longest.length() >= 5) {
            for (int at : occurrences(text, List.of(longest))) {
                if (at > 0 && PLACE_CUES.contains(text.get(at - 1))) {
                    return true;
                }
            }
        }
        for (int at : occurrences(text, distinctive)) {
            // one distinctive word: next to a generic word of the name ("Sampleton Elem."), or, for a one-word name,
            // next to any such word ("Publix store", "Publix Supermarket")
            Set<String> near = generic.isEmpty() ? PLACE_WORDS : Set.copyOf(generic);
            int after = at + distinctive.size();
            boolean genericNear = after < text.size() && near.contains(text.get(after))
                    || at > 0 && (near.contains(text.get(at - 1)) || PLACE_CUES.contains(text.get(at - 1)));
            if (genericNear) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest run of a name's words that are neither generic nor numbers: "Harbor Light Shelter, room 5" is
     * "harbor light", "Sampleton Elementary School" is "sampleton".
     */
    private static List<String> distinctive(List<String> name) {
        List<String> best = List.of();
        int start = -1;
        for (int i = 0; i <= name.size(); i++) {
            boolean distinct = i < name.size() && !PLACE_WORDS.contains(name.get(i)) && !hasDigit(name.get(i));
            if (distinct && start < 0) {
                start = i;
            } else if (!distinct && start >= 0) {
                if (i - start > best.size()) {
                    best = name.subList(start, i);
                }
                start = -1;
            }
        }
        return best;
    }

    private static boolean containsInOrder(List<String> text, List<String> sequence) {
        return !occurrences(text, sequence).isEmpty();
    }

    private static List<Integer> occurrences(List<String> text, List<String> sequence) {
        List<Integer> at = new ArrayList<>();
        if (sequence.isEmpty()) {
            return at;
        }
        for (int i = 0; i + sequence.size() <= text.size(); i++) {
            if (text.subList(i, i + sequence.size()).equals(sequence)) {
                at.add(i);
            }
        }
        return at;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        // full-width digits become digits; any separator but a letter may stand between them (a no-break space, a
        // dash of any kind, a middle dot)
        Matcher m = DIGIT_RUN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) {
            runs.add(m.group().replaceAll("\\D", ""));
        }
        return runs;
    }

    /** For messages: the kinds, in order, as words. */
    public static org.tutela.shared.Messages.Listed describe(Set<Kind> kinds) {
        return new org.tutela.shared.Messages.Listed(Arrays.stream(Kind.values()).filter(kinds::contains)
                .map(k -> new org.tutela.shared.Messages.Text("contactKind." + k.name())).toList());
    }
}
