package org.tutela.shared;

import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
            return List.of(new InvalidInput.FieldError("body", "invalid.jsonObject"));
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>(validator.validate(value).stream()
                // a list's element is its list ("topics[1].<list element>" is "topics"); an element's own field keeps its
                // place ("instructors[0].title"), so that a form can show the error on that field
                .map(v -> error(v.getPropertyPath().toString().replaceAll("\\[\\d*](\\.<[^>]+>)?$", ""), v))
                .toList());
        errors.addAll(implausibleDates(value));
        return errors.stream().distinct().sorted(Comparator.comparing(InvalidInput.FieldError::field)).toList();
    }

    /**
     * A broken constraint as a message code: the constraint's own ({@code message = "{invalid.caseNumber}"}), else
     * {@code invalid.<Constraint>} with the constraint's bounds as arguments ({@code invalid.Size} with min and max;
     * for a list, {@code invalid.Size.list}).
     */
    public static InvalidInput.FieldError error(String field, jakarta.validation.ConstraintViolation<?> v) {
        if (v == null) {
            return new InvalidInput.FieldError(field, "invalid.value");
        }
        String template = v.getMessageTemplate();
        java.util.Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (template.startsWith("{invalid.")) {
            return new InvalidInput.FieldError(field, template.substring(1, template.length() - 1));
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new InvalidInput.FieldError(field,
                    v.getInvalidValue() instanceof java.util.Collection<?> ? "invalid.required.list" : "invalid.required");
            case "Size" -> v.getInvalidValue() instanceof java.util.Collection<?>
                    ? new InvalidInput.FieldError(field, "invalid.Size.list", attributes.get("min"), attributes.get("max"))
                    : new InvalidInput.FieldError(field, "invalid.Size", attributes.get("min"), attributes.get("max"));
            case "Min", "Max", "DecimalMin", "DecimalMax" ->
                    new InvalidInput.FieldError(field, "invalid." + constraint, attributes.get("value"));
            case "Email" -> new InvalidInput.FieldError(field, "invalid.email");
            case "Past", "PastOrPresent" -> new InvalidInput.FieldError(field, "invalid.notFuture");
            case "Future", "FutureOrPresent" -> new InvalidInput.FieldError(field, "invalid.notPast");
            case "Positive", "PositiveOrZero" -> new InvalidInput.FieldError(field, "invalid." + constraint);
            default -> new InvalidInput.FieldError(field, "invalid.value");
        };
    }

    /** The first and last years a date of a record may fall in: no practice date lies outside them. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** Why a date is refused (its text names the years above; a test keeps them together). */
    public static final String DATE_RANGE = "invalid.dateRange";

    /** Whether a year is one a record's date may fall in (every date a client sends, in JSON, forms or queries). */
    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * A command's dates outside {@link #FIRST_YEAR}..{@link #LAST_YEAR} ("+999999999-01-01" parses, and PostgreSQL
     * would store it as infinity or refuse it): refused here, once for every command, rather than by the database.
     */
    private static List<InvalidInput.FieldError> implausibleDates(Object value) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (!value.getClass().isRecord()) {
            return errors;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object v;
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                v = accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            Integer year = v instanceof LocalDate d ? Integer.valueOf(d.getYear())
                    : v instanceof LocalDateTime t ? Integer.valueOf(t.getYear())
                    : v instanceof OffsetDateTime o ? Integer.valueOf(o.getYear()) : null;
            if (year != null && !plausibleYear(year)) {
                errors.add(new InvalidInput.FieldError(component.getName(), DATE_RANGE));
            }
        }
        return errors;
    }

    /** Throws {@link InvalidInput} listing every broken constraint of {@code value}. */
    public <T> void check(T value) {
        List<InvalidInput.FieldError> errors = violations(value);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
