package org.tutela.access;

import java.util.List;
import java.util.Set;

/** The protected contact values of one case, ready to be looked for in free texts. */
public record ContactGuard(List<ContactMatcher.Values> values) {

    /** The kinds of protected value the text carries; empty when none. */
    public Set<ContactMatcher.Kind> find(String text) {
        return ContactMatcher.find(text, values);
    }

    /**
     * Whether a value recorded for someone whose contact fields the BAS sees (the perpetrator) is also a protected
     * person's: their street, phone, e-mail, school, workplace or shelter. A ZIP code alone does not count: neighbours
     * share one.
     */
    public boolean shares(String value) {
        Set<ContactMatcher.Kind> found = java.util.EnumSet.noneOf(ContactMatcher.Kind.class);
        found.addAll(find(value));
        found.remove(ContactMatcher.Kind.POSTAL_CODE);
        return !found.isEmpty();
    }

    /** The kinds of protected value a person's name carries (see {@link ContactMatcher#findInName}). */
    public Set<ContactMatcher.Kind> findInName(String text) {
        return ContactMatcher.findInName(text, values);
    }
}
