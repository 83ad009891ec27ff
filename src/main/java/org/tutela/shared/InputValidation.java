package org.tutela.shared;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place where a command's field constraints are checked: the broken ones become field errors named as
 * the API names the field ({@code topics}, not {@code topics[0].<list element>}), sorted by field.
 */
@Component
public class InputValidation {

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> List<InvalidInput.FieldError> violations(T value) {
        if (value == null) {
            return List.of(new InvalidInput.FieldError("body", "must be a JSON object"));
        }
        return validator.validate(value).stream()
                .map(v -> new InvalidInput.FieldError(v.getPropertyPath().toString().replaceAll("\\[\\d*].*", ""),
                        v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(InvalidInput.FieldError::field))
                .toList();
    }

    /** Throws {@link InvalidInput} listing every broken constraint of {@code value}. */
    public <T> void check(T value) {
        List<InvalidInput.FieldError> errors = violations(value);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
