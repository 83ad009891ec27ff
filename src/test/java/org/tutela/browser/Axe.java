package org.tutela.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core on the current page for WCAG 2.2 AA and reports its violations. */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    /**
     * Analyzes the page, writes every violation (whatever its impact) to target/screenshots/{name}.axe.txt and
     * returns the serious and critical ones, one line each: page, rule id, impact, target nodes.
     */
    static List<String> blockingViolations(WebDriver driver, String name) {
        // legacy mode runs axe in the page itself; the default opens a second window to merge frame results,
        // which these pages (no iframes) do not need and which makes headless chromium slow and flaky
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
            return List.of(name + ": axe-core did not run: " + results.getErrorMessage());
        }
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder(driver.getCurrentUrl()).append('\n')
                .append(results.getPasses().size()).append(" rules passed, ")
                .append(results.getIncomplete().size()).append(" need review: ")
                .append(results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")))
                .append('\n');
        for (Rule rule : results.getViolations()) {
            String line = name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("; "));
            report.append(line).append('\n');
            if (BLOCKING.contains(rule.getImpact())) {
                blocking.add(line);
            }
        }
        try {
            Files.createDirectories(Chromium.SCREENSHOTS);
            Files.writeString(Chromium.SCREENSHOTS.resolve(name + ".axe.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocking;
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " " + node.getHtml();
    }
}
