package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three message files stay complete and sound, and every code the templates and the Java code ask for exists:
 * a missing key would show a user a code, an English text in a Creole page, or nothing.
 */
class MessageKeysTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        String name = language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties";
        try (InputStream in = MessageKeysTests.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> english = load("en").stringPropertyNames();
        for (String language : List.of("es", "ht")) {
            Set<String> keys = load(language).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertThat(missing).as("keys missing from messages_%s", language).isEmpty();
            assertThat(extra).as("keys in messages_%s that English does not have", language).isEmpty();
        }
    }

    @Test
    void translationsKeepTheArgumentsAndReadAsMessages() throws IOException {
        Properties english = load("en");
        List<String> problems = new ArrayList<>();
        for (String language : Languages.CODES) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.isBlank()) {
                    problems.add(language + " " + key + ": empty");
                    continue;
                }
                String original = english.getProperty(key, value);
                if (!arguments(value).equals(arguments(original))) {
                    problems.add(language + " " + key + ": arguments " + arguments(value) + ", English has "
                            + arguments(original));
                }
                if (!arguments(value).isEmpty()) {
                    try {
                        String formatted = new MessageFormat(value, Languages.locale(language))
                                .format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
                        if (formatted.contains("{") && !value.contains("'{'")) {
                            problems.add(language + " " + key + ": an argument is not read (a lone apostrophe?)");
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(language + " " + key + ": " + e.getMessage());
                    }
                } else if (value.contains("''") && !formattedWithArguments(messages, key)) {
                    problems.add(language + " " + key + ": '' in a message without arguments shows two apostrophes");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Whether a message is formatted with arguments though it has none: one of a family chosen at run time whose
     * other members take them ({@code user.waiting.ADMINISTRATOR} beside {@code user.waiting.SUPERVISOR}).
     */
    private static boolean formattedWithArguments(Properties messages, String key) {
        String family = key.substring(0, key.lastIndexOf('.') + 1);
        return !family.isEmpty() && messages.stringPropertyNames().stream()
                .anyMatch(k -> k.startsWith(family) && !arguments(messages.getProperty(k)).isEmpty());
    }

    private static Set<Integer> arguments(String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)(?:\\(|})");
        Pattern prefix = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.]*)' *\\+");
        for (Path template : files(TEMPLATES, ".html")) {
            String text = Files.readString(template);
            Matcher m = literal.matcher(text);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
            Matcher p = prefix.matcher(text);
            while (p.find()) {
                String start = p.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(start))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + start + "…");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The codes Java code gives for a refusal or a text: every literal passed where a message code is due
     * (InvalidInput, FieldError, Refused, rejectValue, Messages.text, Messages.Text) is a key; an English sentence
     * there would reach Spanish and Creole readers in English.
     */
    @Test
    void everyCodeTheJavaCodeGivesExists() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Pattern call = Pattern.compile("(?:new InvalidInput|new (?:InvalidInput\\.)?FieldError|Refused\\.(?:notAllowed|conflict)"
                + "|rejectValue|Messages\\.text|new (?:Messages\\.|org\\.tutela\\.shared\\.Messages\\.)?Text)"
                + "\\(\\s*((?:[^\"(),]+|\"[^\"]*\")(?:\\s*,\\s*(?:[^\"(),]+|\"[^\"]*\"))*)");
        Pattern quoted = Pattern.compile("\"([^\"]*)\"");
        List<String> problems = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            String text = Files.readString(source);
            Matcher m = call.matcher(text);
            while (m.find()) {
                Matcher q = quoted.matcher(m.group(1));
                List<String> literals = new ArrayList<>();
                while (q.find()) {
                    literals.add(q.group(1));
                }
                for (String literal : literals) {
                    if (literal.matches("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.")) {
                        // the start of codes completed at run time ("personRole.lower." + role)
                        if (keys.stream().noneMatch(k -> k.startsWith(literal))) {
                            problems.add(JAVA.relativize(source) + ": no message starts with " + literal);
                        }
                        continue;
                    }
                    boolean code = literal.matches("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
                    boolean field = literal.matches("[a-z][A-Za-z0-9]*") || literal.isEmpty();
                    if (code && !keys.contains(literal) && !literal.endsWith(".")) {
                        problems.add(JAVA.relativize(source) + ": no message " + literal);
                    } else if (!code && !field) {
                        problems.add(JAVA.relativize(source) + ": text instead of a message code: " + literal);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The audit trail's page names every action and record type in words: each code the Java code writes to the
     * trail (a literal given to AuditTrail, a decision, a login, a refused route) has its label.
     */
    @Test
    void everyAuditActionAndRecordTypeHasALabel() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Pattern recorded = Pattern.compile("\\.record(?:As|Alone)?\\(([^;]*)");
        Pattern code = Pattern.compile("\"([A-Z][A-Z_]+)\"\\s*,\\s*\"([A-Z][A-Z_]+)\"");
        // the codes written from a constant or an enum: logins, refused routes, a grant's decision (Grants.Decision)
        Set<String> actions = new java.util.TreeSet<>(List.of("LOGIN_SUCCESS", "LOGIN_FAILURE", "ROUTE_DENIED",
                "CSRF_REFUSED", "APPROVE", "REFUSE"));
        Set<String> types = new java.util.TreeSet<>(List.of("ROUTE", "USER"));
        for (Path source : files(JAVA, ".java")) {
            Matcher m = recorded.matcher(Files.readString(source));
            while (m.find()) {
                Matcher c = code.matcher(m.group(1));
                if (c.find()) {
                    actions.add(c.group(1));
                    types.add(c.group(2));
                }
            }
        }
        assertThat(actions).hasSizeGreaterThan(15);
        assertThat(actions.stream().filter(a -> !keys.contains("auditAction." + a))).isEmpty();
        assertThat(types.stream().filter(t -> !keys.contains("auditEntity." + t))).isEmpty();
    }

    @Test
    void theDateRangeMessageNamesTheYearsTheRuleKeeps() throws IOException {
        for (String language : Languages.CODES) {
            assertThat(load(language).getProperty(InputValidation.DATE_RANGE))
                    .contains(String.valueOf(InputValidation.FIRST_YEAR), String.valueOf(InputValidation.LAST_YEAR));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }
}
