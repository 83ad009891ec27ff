package org.tutela.caseload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tutela.shared.Dates;
import org.tutela.shared.Messages;

/**
 * One field changed on a case or a person: who changed it (their name), when, from what to what. Values are stored
 * as codes and shown, by {@link #shownFrom()} and {@link #shownTo()}, in the reader's words.
 */
public record Change(UUID entityId, String entityType, String field, String oldValue, String newValue,
                     OffsetDateTime changedAt, String changedBy) {

    /** The field a case's first entry names: the case was opened, with the number it was given. */
    static final String CREATED = "created";

    public String shownFrom() {
        return shown(field, oldValue);
    }

    public String shownTo() {
        return shown(field, newValue);
    }

    /** A stored value in the reader's words: a code by its label, a day as the language writes it. */
    static String shown(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return switch (field) {
                case "status" -> Messages.text("status." + CaseStatus.valueOf(value));
                case "role" -> Messages.text("personRole." + PersonRole.valueOf(value));
                case "gender" -> Messages.text("gender." + Gender.valueOf(value));
                case "preferredLanguage" -> Messages.text("language." + SpokenLanguage.of(value));
                case "maltreatments" -> Arrays.stream(value.split(",\\s*"))
                        .map(m -> Messages.text("maltreatment." + Maltreatment.valueOf(m)))
                        .collect(Collectors.joining(", "));
                case "intakeDate", "dateOfBirth" -> new Dates().day(LocalDate.parse(value));
                case "people" -> person(value);
                default -> value;
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return value; // a value written before its field had a code list
        }
    }

    /** "added SURVIVOR Ana Diaz", as the history stores an added person, in the reader's words. */
    private static String person(String value) {
        String[] parts = value.split(" ", 3);
        if (parts.length < 3 || !parts[0].equals("added")) {
            return value;
        }
        return Messages.text("history.personAdded", Messages.text("personRole." + PersonRole.valueOf(parts[1])),
                parts[2]);
    }
}
