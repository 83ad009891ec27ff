package org.tutela.shared;

import java.util.Map;
import org.springframework.validation.BindingResult;

/** Puts the field errors of an {@link InvalidInput} next to the fields of a page form. */
public final class FormErrors {

    private FormErrors() {
    }

    /** {@code renames} maps a command's field to the form's, where they differ (caseId to caseNumber). */
    public static void reject(BindingResult binding, InvalidInput e, Map<String, String> renames) {
        reject(binding, e, field -> renames.getOrDefault(field, field.replaceAll("\\[\\d+]$", "")));
    }

    /** {@code fieldOf} gives the form's field of each of the command's. */
    public static void reject(BindingResult binding, InvalidInput e, java.util.function.UnaryOperator<String> fieldOf) {
        for (InvalidInput.FieldError error : e.errors()) {
            String field = fieldOf.apply(error.field());
            try {
                binding.rejectValue(field, "invalid", error.message());
            } catch (RuntimeException notAField) {
                binding.reject("invalid", InvalidInput.describe(java.util.List.of(error)));
            }
        }
    }
}
