package fr.inserre.kiosk.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine run on the page the browser shows: its script (axe.min.js, from
 * the com.deque.html.axe-core:selenium jar) is injected by Selenium into the page under test only,
 * never served by the application, and run for the WCAG 2.0 / 2.1 A and AA rules.
 */
public final class Axe {

    /** The rule tags checked: WCAG 2.1 level AA includes 2.0 A and AA and 2.1 A. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WCAG 2.1 AA violations of the current page, one line each: rule, impact, what it means and
     * the elements concerned (CSS selectors). Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SCRIPT);
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations); }, function (e) { done('axe failed: ' + e); });",
                WCAG_21_AA);
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) answer) {
            List<String> targets = new ArrayList<>();
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                targets.add(String.valueOf(node.get("target")) + " " + node.get("failureSummary"));
            }
            found.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " -> "
                    + targets);
        }
        return found;
    }
}
