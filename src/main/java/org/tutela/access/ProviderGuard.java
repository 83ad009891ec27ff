package org.tutela.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a text written for a BIP provider must not carry (seed 001: collaboration about victim safety goes through the
 * DV advocate): the names of the case's survivors, children and caregivers (a first name alone, or the whole name;
 * not a family name they share with the perpetrator), their protected contact values, and the names of DV centers.
 */
public record ProviderGuard(List<List<String>> names, ContactGuard contacts, List<List<String>> centers) {

    /** What the text carries that the provider may not learn. */
    public enum Finding { NAME, CONTACT, DV_CENTER }

    public Set<Finding> find(String text) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        List<String> words = ContactMatcher.words(text);
        if (names.stream().anyMatch(n -> contains(words, n))) {
            found.add(Finding.NAME);
        }
        if (!contacts.find(text).isEmpty()) {
            found.add(Finding.CONTACT);
        }
        if (centers.stream().anyMatch(c -> contains(words, c))) {
            found.add(Finding.DV_CENTER);
        }
        return found;
    }

    /**
     * Whether a value of the perpetrator's own contact fields names someone the provider may not learn of (a protected
     * person, "c/o" the survivor, or a DV center); the values he shares with them are found by {@link ContactGuard}.
     */
    public boolean names(String value) {
        Set<Finding> found = find(value);
        return found.contains(Finding.NAME) || found.contains(Finding.DV_CENTER);
    }

    private static boolean contains(List<String> text, List<String> sequence) {
        return !sequence.isEmpty() && java.util.Collections.indexOfSubList(text, sequence) >= 0;
    }
}
