package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Axe;
import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the kiosk's pages, in French and in Arabic (right to left),
 * injected by Selenium into the page under test: 0 violations. Every page's result is printed, so
 * the report lists what was checked. Demo detainees 112 (French) and 113 (Arabic); 114 for the
 * first-login PIN page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskAccessibilityBrowserIT {

    /** The kiosk pages a logged-in detainee reaches from the home, by address. */
    static final List<String> PAGES = List.of("kiosk/index.xhtml", "kiosk/schedule/week.xhtml",
            "kiosk/schedule/week.xhtml?week=1", "kiosk/requests/trainings.xhtml", "kiosk/requests/jobs.xhtml",
            "kiosk/requests/mine.xhtml", "kiosk/requests/new.xhtml", "kiosk/requests/appointment.xhtml",
            "kiosk/identity/consultations.xhtml", "kiosk/hours/index.xhtml", "kiosk/hours/sessions.xhtml?period=MONTH",
            "kiosk/citizen/index.xhtml", "kiosk/citizen/topic.xhtml?topic=IDENTITY", "kiosk/citizen/partners.xhtml",
            "kiosk/citizen/appointments.xhtml", "kiosk/citizen/release.xhtml", "kiosk/citizen/cv.xhtml",
            "kiosk/attendance/clock.xhtml");

    /** Sheets read at the kiosk (their address holds an id): the first of these topics, easy then full version. */
    static final List<String> SHEET_TOPICS = List.of("IDENTITY", "HEALTH_INSURANCE");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void kioskPages_inFrench_haveNoAccessibilityViolation() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        DemoTerminal.actAs(driver, base, DemoTerminal.WORKSHOP);
        KioskLoginPage.open(driver, base);
        check("fr login", found);
        KioskLoginPage.open(driver, base).logIn("B" + (100_001 + 114), "246810");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/kiosk/identity/pin.xhtml"));
        check("fr pin", found);
        driver.manage().deleteCookieNamed("JSESSIONID");

        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 112);
        checkPages("fr", found);

        assertEquals(Map.of(), withViolations(found), "axe-core WCAG 2.1 AA violations by page");
    }

    @Test
    void kioskPages_inArabic_haveNoAccessibilityViolation() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        DemoTerminal.actAs(driver, base, DemoTerminal.WORKSHOP);
        KioskLoginPage.open(driver, base);
        new KioskHomePage(driver).switchLanguage("العربية");
        check("ar login", found);

        KioskHomePage home = KioskHomePage.logInInProfileLanguage(driver, base, DemoTerminal.WORKSHOP, 113);
        assertEquals("ar", home.language());
        checkPages("ar", found);

        assertEquals(Map.of(), withViolations(found), "axe-core WCAG 2.1 AA violations by page");
    }

    private void checkPages(String language, Map<String, List<String>> found) {
        for (String page : PAGES) {
            driver.get(base + page);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
            check(language + " " + page, found);
        }
        // "Je conteste cette ligne" of the latest line of the month (its address carries the line's id).
        driver.get(base + "kiosk/hours/sessions.xhtml?period=MONTH");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        List<WebElement> disputes = driver.findElements(By.cssSelector("a.hours-dispute"));
        assertFalse(disputes.isEmpty(), "the demo month has lines to dispute");
        driver.get(disputes.get(0).getAttribute("href"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("disputed-line")).isEmpty());
        check(language + " kiosk/hours/dispute.xhtml", found);
        for (String topic : SHEET_TOPICS) {
            driver.get(base + "kiosk/citizen/topic.xhtml?topic=" + topic);
            Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("#sheets a.sheet-link")).click());
            check(language + " sheet of " + topic, found);
            Waits.newPageAfter(driver, () -> driver.findElement(By.id("show-full")).click());
            check(language + " full sheet of " + topic, found);
        }
        checkTappedPages(language, found);
    }

    /**
     * The pages reached by a tap (their address holds an id or follows a submit): a refused clock-in
     * (no session here now: the refusal's message), an item of the week, the health page, a training's confirm screen,
     * the receipt once sent, and that request's detail.
     */
    private void checkTappedPages(String language, Map<String, List<String>> found) {
        driver.get(base + "kiosk/attendance/clock.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("clock-form:start")).click());
        Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-error"));
        check(language + " kiosk/attendance/clock.xhtml refused", found);

        driver.get(base + "kiosk/schedule/week.xhtml");
        List<WebElement> items = driver.findElements(By.cssSelector("a.schedule-item-link"));
        if (items.isEmpty()) {
            driver.get(base + "kiosk/schedule/week.xhtml?week=1");
            items = driver.findElements(By.cssSelector("a.schedule-item-link"));
        }
        assertFalse(items.isEmpty(), "the demo week has items for this detainee");
        driver.get(items.get(0).getAttribute("href"));
        check(language + " kiosk/schedule/item.xhtml", found);

        // Health from "Nouvelle requête": where to write under medical secrecy, and no form that would send it here.
        driver.get(base + "kiosk/requests/new.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("health-tile")).click());
        Waits.textOf(driver, By.id("health-not-here"));
        assertTrue(driver.findElements(By.tagName("textarea")).isEmpty(), "no health request is taken at the kiosk");
        check(language + " kiosk/requests/health.xhtml", found);

        driver.get(base + "kiosk/requests/trainings.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("li.offer-open a")).click());
        check(language + " kiosk/requests/ask.xhtml", found);
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("ask:send")).click());
        Waits.textOf(driver, By.id("receipt"));
        check(language + " kiosk/requests/sent.xhtml", found);
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("my-requests")).click());
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("li.request-item a")).click());
        check(language + " kiosk/requests/request.xhtml", found);
    }

    private void check(String name, Map<String, List<String>> found) {
        List<String> violations = Axe.violations(driver);
        System.out.println("axe " + name + ": " + violations.size() + " violation(s)"
                + (violations.isEmpty() ? "" : "\n  " + String.join("\n  ", violations)));
        Browser.screenshot(driver, "axe-" + name.replaceAll("[^a-z0-9]+", "-"));
        found.put(name, violations);
    }

    private static Map<String, List<String>> withViolations(Map<String, List<String>> found) {
        Map<String, List<String>> failing = new LinkedHashMap<>();
        found.forEach((page, violations) -> {
            if (!violations.isEmpty()) {
                failing.put(page, violations);
            }
        });
        return failing;
    }
}
