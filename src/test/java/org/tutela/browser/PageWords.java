package org.tutela.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The words a page shows that come from no message file of its language: a literal left in a template, an English
 * sentence from Java code on a Creole page, a code (CHAPTER_39) shown as it is stored. User data and names are marked
 * {@code translate="no"}, dates are {@code <time>} elements: both are left out, as are scripts and code.
 */
final class PageWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> VOCABULARIES = new ConcurrentHashMap<>();

    private PageWords() {
    }

    @SuppressWarnings("unchecked")
    static List<String> foreign(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String language = String.valueOf(js.executeScript("return document.documentElement.lang"));
        List<String> texts = (List<String>) js.executeScript("""
                const out = [];
                const skip = '[translate=no], time, script, style, code, noscript, template';
                const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const node = walker.currentNode;
                  if (node.textContent.trim() && !(node.parentElement && node.parentElement.closest(skip))) {
                    out.push(node.textContent.trim());
                  }
                }
                for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-label]')) {
                  if (el.closest(skip)) continue;
                  for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'data-label']) {
                    if (el.hasAttribute(a) && el.getAttribute(a).trim()) out.push(el.getAttribute(a).trim());
                  }
                }
                return out;""");
        Set<String> vocabulary = vocabulary(language);
        List<String> foreign = new ArrayList<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (!vocabulary.contains(m.group().toLowerCase(Locale.ROOT))) {
                    foreign.add(page + " [" + language + "]: \"" + m.group() + "\" in \"" + shorten(text) + "\"");
                    break;
                }
            }
        }
        return foreign;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Every word of the language's message file (English when the page names no known language). */
    static Set<String> vocabulary(String language) {
        return VOCABULARIES.computeIfAbsent(language, l -> {
            Properties messages = new Properties();
            String name = l.equals("es") || l.equals("ht") ? "/messages_" + l + ".properties" : "/messages.properties";
            try (InputStream in = PageWords.class.getResourceAsStream(name)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> words = new HashSet<>();
            for (String key : messages.stringPropertyNames()) {
                if (key.startsWith("format.")) {
                    continue; // date patterns and names: dates are <time> elements
                }
                Matcher m = WORD.matcher(messages.getProperty(key));
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            return words;
        });
    }
}
