package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kiosk pages for fingers and for big text (issue 11, WCAG 2.5.5 and 1.4.4 / 1.4.10): every visible
 * button, link and field of every kiosk page is at least 48 x 48 CSS px (a tick box or radio button counts
 * with its label, which a tap on also ticks; there are no text links inside running text on the kiosk, so
 * nothing is exempted); with the page zoomed to 200 % (a 640 x 450 CSS px
 * viewport on the 1280 x 900 terminal) or the root font size doubled, the home, "Mon planning" and "Mes
 * heures" scroll only vertically, and no two tap targets overlap. Demo detainees 59 (touch) and 115 (zoom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskTouchAndZoomBrowserIT {

    static final int MIN_TARGET = 48;

    /** The visible tap targets smaller than 48 x 48 CSS px, one line each (tag, id or class, words, size). */
    static final String SMALL_TARGETS = """
            var min = arguments[0], found = [];
            document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex='-1'])")
                .forEach(function (el) {
                    if (el.closest("[hidden], .ui-helper-hidden-accessible") || el.classList.contains("skip-link")) { return; }
                    var style = getComputedStyle(el);
                    if (style.visibility === "hidden" || style.display === "none") { return; }
                    var r = el.getBoundingClientRect();
                    if (r.width === 0 && r.height === 0) { return; }
                    // A box or radio is tapped through its label too: the target is the two together.
                    var box = {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
                    Array.prototype.forEach.call(el.labels || [], function (label) {
                        var l = label.getBoundingClientRect();
                        box = {left: Math.min(box.left, l.left), top: Math.min(box.top, l.top),
                            right: Math.max(box.right, l.right), bottom: Math.max(box.bottom, l.bottom)};
                    });
                    r = {width: box.right - box.left, height: box.bottom - box.top};
                    if (Math.round(r.width) < min || Math.round(r.height) < min) {
                        found.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "." + el.className) + " «"
                            + (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 40)
                            + "» " + Math.round(r.width) + "x" + Math.round(r.height));
                    }
                });
            return found;
            """;

    /**
     * What is wrong with the layout: a page wider than the window (horizontal scrolling), an element
     * whose text is cut by its box (overflow hidden or clip), or two tap targets on top of each other.
     */
    static final String LAYOUT_PROBLEMS = """
            var found = [], root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) {
                var wide = Array.prototype.filter.call(document.body.querySelectorAll("*"), function (el) {
                    var r = el.getBoundingClientRect();
                    return !el.closest("[hidden]") && (r.right > root.clientWidth + 1
                        || (r.width > 0 && r.left + el.scrollWidth > root.clientWidth + 1));
                }).slice(-5).map(function (el) {
                    var r = el.getBoundingClientRect();
                    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "." + el.className) + " to "
                        + Math.round(Math.max(r.right, r.left + el.scrollWidth));
                });
                found.push("scrolls horizontally: " + root.scrollWidth + " > " + root.clientWidth + " (" + wide.join(", ") + ")");
            }
            document.querySelectorAll("main *, header *").forEach(function (el) {
                var style = getComputedStyle(el);
                if (el.closest("[hidden], .ui-helper-hidden-accessible") || style.display === "none") { return; }
                // Text hidden on purpose for screen readers (.visually-hidden: a 1 px box) is not cut.
                var cuts = /hidden|clip/.test(style.overflowX + style.overflowY) && (el.clientWidth > 1 || el.clientHeight > 1);
                if (cuts && el.innerText && el.innerText.trim()
                        && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
                    found.push("clipped: " + el.tagName.toLowerCase() + (el.id ? "#" + el.id : "." + el.className)
                        + " " + el.scrollWidth + "x" + el.scrollHeight + " in " + el.clientWidth + "x" + el.clientHeight);
                }
            });
            var targets = Array.prototype.filter.call(
                document.querySelectorAll("main a[href], main button, main input:not([type=hidden]), header a[href], header button"),
                function (el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !el.closest("[hidden]"); });
            for (var i = 0; i < targets.length; i++) {
                for (var j = i + 1; j < targets.length; j++) {
                    if (targets[i].contains(targets[j]) || targets[j].contains(targets[i])) { continue; }
                    var a = targets[i].getBoundingClientRect(), b = targets[j].getBoundingClientRect();
                    var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (w > 2 && h > 2) {
                        found.push("overlap: " + (targets[i].id || targets[i].className) + " / " + (targets[j].id || targets[j].className));
                    }
                }
            }
            return found;
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void everyTapTargetOfTheKiosk_isAtLeast48Px() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        DemoTerminal.actAs(driver, base, DemoTerminal.WORKSHOP);
        KioskLoginPage.open(driver, base);
        found.put("login", small());

        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 59);
        for (String page : KioskAccessibilityBrowserIT.PAGES) {
            open(page);
            found.put(page, small());
        }
        // Pages reached by a tap: a day's item, a training's confirm screen, a request, a period's line to dispute.
        open("kiosk/schedule/week.xhtml");
        if (driver.findElements(By.cssSelector("a.schedule-item-link")).isEmpty()) {
            open("kiosk/schedule/week.xhtml?week=1");
        }
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("a.schedule-item-link")).click());
        found.put("kiosk/schedule/item.xhtml", small());
        open("kiosk/requests/trainings.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("li.offer-open a")).click());
        found.put("kiosk/requests/ask.xhtml", small());
        open("kiosk/hours/sessions.xhtml?period=SINCE_ARRIVAL");
        if (!driver.findElements(By.cssSelector("a.hours-dispute")).isEmpty()) {
            Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("a.hours-dispute")).click());
            found.put("kiosk/hours/dispute.xhtml", small());
        }

        found.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), found, "tap targets under 48 x 48 CSS px, by page");
    }

    @Test
    void textAt200Percent_scrollsOnlyVertically_andNothingIsCutOrCovered() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 115);
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> pages = List.of("kiosk/index.xhtml", "kiosk/schedule/week.xhtml", "kiosk/hours/index.xhtml",
                "kiosk/hours/sessions.xhtml?period=MONTH");

        // Browser zoom at 200 %: the same screen holds half as many CSS pixels.
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
        for (String page : pages) {
            open(page);
            found.put("zoom 200 % " + page, layoutProblems());
            Browser.screenshot(driver, "zoom200-" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.<String, Object>of());

        // Text only at 200 %: the root font size doubled (the kiosk's sizes are in rem).
        for (String page : pages) {
            open(page);
            ((JavascriptExecutor) driver).executeScript("document.documentElement.style.fontSize = '200%';");
            found.put("text 200 % " + page, layoutProblems());
            Browser.screenshot(driver, "text200-" + page.replaceAll("[^a-z0-9]+", "-"));
        }

        found.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), found, "layout problems with text at 200 %, by page");
    }

    private void open(String page) {
        driver.get(base + page);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> small() {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(SMALL_TARGETS, MIN_TARGET));
    }

    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(LAYOUT_PROBLEMS));
    }
}
