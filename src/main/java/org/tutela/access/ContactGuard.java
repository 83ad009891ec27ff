package org.tutela.access;

import java.util.List;
import java.util.Set;

/** The protected contact values of one case, ready to be looked for in free texts. */
public record ContactGuard(List<ContactMatcher.Values> values) {

    /** The kinds of protected value the text carries; empty when none. */
    public Set<ContactMatcher.Kind> find(String text) {
        return ContactMatcher.find(text, values);
    }

    /** The kinds of protected value a person's name carries (see {@link ContactMatcher#findInName}). */
    public Set<ContactMatcher.Kind> findInName(String text) {
        return ContactMatcher.findInName(text, values);
    }
}
