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
            return List.of(new InvalidInput.FieldError("body", "must be a JSON object"));
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>(validator.validate(value).stream()
                .map(v -> new InvalidInput.FieldError(v.getPropertyPath().toString().replaceAll("\\[\\d*].*", ""),
                        v.getMessage()))
                .toList());
        errors.addAll(implausibleDates(value));
        return errors.stream().distinct().sorted(Comparator.comparing(InvalidInput.FieldError::field)).toList();
    }

    /** The first and last years a date of a record may fall in: no practice date lies outside them. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** Why a date is refused. */
    public static final String DATE_RANGE = "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR;

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
