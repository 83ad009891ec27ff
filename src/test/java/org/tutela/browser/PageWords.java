package org.tutela.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The words a page shows must come from its language's message file: a word no message of that language has is a
 * literal written into a template or a controller (an English word on a Spanish page, a code like NON_COMPLIANT).
 * Data is marked as data and skipped: {@code translate="no"} (names, notes, case numbers), {@code <time>} (dates, which
 * {@code Dates} writes from the message file's month names), code and script; an element in another language (the
 * language menu names each language in itself) says so with {@code lang}. Read are the text nodes and the texts of {@code aria-label}, {@code title}, {@code placeholder} and {@code alt}.
 */
final class PageWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Map<String, Set<String>> vocabularies = new ConcurrentHashMap<>();

    private static final String SHOWN_TEXTS = """
            const lang = document.documentElement.lang;
            const skip = 'script, style, code, time, noscript, template, [translate=no], [hidden]';
            const foreign = el => { const l = el.closest('[lang]'); return l && l.lang !== lang; };
            const out = []; // not the title: it repeats the page's heading, which marks its data
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const el = walker.currentNode.parentElement;
              if (!el || el.closest(skip) || foreign(el)) continue;
              const t = walker.currentNode.textContent.trim();
              if (t) out.push(t);
            }
            for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
              if (el.closest(skip) || foreign(el)) continue;
              for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                if (el.getAttribute(a)) out.push(el.getAttribute(a));
              }
            }
            return [lang, out];
            """;

    private PageWords() {
    }

    /** The page's words that its language's message file does not have, each with the text it was found in. */
    static List<String> foreign(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) ((JavascriptExecutor) driver).executeScript(SHOWN_TEXTS);
        String language = String.valueOf(shown.get(0));
        Set<String> vocabulary = vocabulary(language);
        Set<String> found = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<Object> texts = (List<Object>) shown.get(1);
        for (Object text : texts) {
            Matcher m = WORD.matcher(String.valueOf(text));
            while (m.find()) {
                if (!vocabulary.contains(m.group().toLowerCase(Locale.ROOT))) {
                    found.add("\"" + m.group() + "\" in \"" + abbreviated(String.valueOf(text)) + "\"");
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Every word of every message of a language (en, es, ht), lower case. */
    static Set<String> vocabulary(String language) {
        return vocabularies.computeIfAbsent(language, l -> {
            String file = l.equals("en") ? "messages.properties" : "messages_" + l + ".properties";
            Properties messages = new Properties();
            try (InputStream in = PageWords.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("no message file for the page's language '" + l + "'");
                }
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> words = new HashSet<>();
            for (String value : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
                Matcher m = WORD.matcher(value);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            return words;
        });
    }

    private static String abbreviated(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
