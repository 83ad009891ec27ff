package org.tutela.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple form on a page that holds several: its name (which prefixes its element ids), the values as typed and
 * the error of each field. Used with the {@code fragments/forms :: plain*} fragments.
 */
public record FormState(String name, Map<String, String> values, Map<String, String> errors) {

    public static FormState empty(String name) {
        return new FormState(name, new HashMap<>(), new HashMap<>());
    }

    public static FormState of(String name, Map<String, String> values) {
        return new FormState(name, new HashMap<>(values), new HashMap<>());
    }

    /** The same values with the errors of a refused submission. */
    public static FormState refused(String name, Map<String, String> values, List<InvalidInput.FieldError> errors) {
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        return new FormState(name, new HashMap<>(values), byField);
    }

    public String value(String field) {
        return values.get(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String id(String field) {
        return name + "-" + field;
    }
}
