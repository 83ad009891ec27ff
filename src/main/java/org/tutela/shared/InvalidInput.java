package org.tutela.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Input that breaks a rule; each error names the field and the rule, by the rule's message code and its arguments,
 * so that each reader gets the message in their language ({@link Messages}). Nothing is saved.
 */
public class InvalidInput extends RuntimeException {

    /** A field at fault and the code of the message that says what to do about it. */
    public record FieldError(String field, String code, List<Object> args) {

        public FieldError(String field, String code, Object... args) {
            this(field, code, Arrays.asList(args));
        }

        /** What is wrong, in the current request's language. */
        public String message() {
            return Messages.text(code, args.toArray());
        }
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).code());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String code, Object... args) {
        this(List.of(new FieldError(field, code, args)));
    }

    /** Every field at fault, named by its label, with what to do, in the current request's language. */
    @Override
    public String getMessage() {
        return describe(errors);
    }

    /** Fields at fault as a reader is told of them: "Case number: Fill this in." for each, in their language. */
    public static String describe(List<FieldError> errors) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return String.join(" ", errors.stream().map(e -> Messages.label(locale, e.field()) + ": " + e.message())
                .toList());
    }

    public List<FieldError> errors() {
        return errors;
    }
}
