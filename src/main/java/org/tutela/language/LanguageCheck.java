package org.tutela.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.tutela.shared.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language check: the rules of language/rules.json, each a set of patterns (case and accents aside, any
 * apostrophe) for the kinds of text it applies to, and the message code of its reason. One finding per place a rule
 * matches; a place two patterns of one rule match is reported once.
 */
@Service
public class LanguageCheck {

    record RuleData(String rule, Set<TextKind> kinds, List<String> patterns) {
    }

    record Rule(String name, Set<TextKind> kinds, List<Pattern> patterns) {
    }

    private final List<Rule> rules;

    LanguageCheck(JsonMapper mapper) {
        try (InputStream in = LanguageCheck.class.getResourceAsStream("/language/rules.json")) {
            RuleData[] data = mapper.readValue(in, RuleData[].class);
            List<Rule> loaded = new ArrayList<>();
            for (RuleData d : data) {
                loaded.add(new Rule(d.rule(), d.kinds(), d.patterns().stream()
                        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList()));
            }
            this.rules = List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings in a text of this kind, in text order; empty when it reads well. */
    public List<Finding> check(String text, TextKind kind) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = plain(text);
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.kinds().contains(kind)) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            for (Pattern p : rule.patterns()) {
                Matcher m = p.matcher(plain);
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    if (spans.stream().noneMatch(x -> x[0] < e && s < x[1])) {
                        spans.add(new int[] {s, e});
                        found.add(new Finding(rule.name(), s, e, text.substring(s, e),
                                Messages.text("language.reason." + rule.name())));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    /**
     * The text as the patterns read it, character for character (offsets stay the text's own): one apostrophe
     * ("won’t" reads "won't") and letters without their accents ("cértified" reads "certified"). The Spanish and Creole
     * patterns are written without accents for that reason.
     */
    static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                plain.append('\'');
                continue;
            }
            String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
            plain.append(base.length() == 1 ? base.charAt(0) : c);
        }
        return plain.toString();
    }

    /** The names of the rules, for the tests that keep every rule's reason in the message files. */
    List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }
}
