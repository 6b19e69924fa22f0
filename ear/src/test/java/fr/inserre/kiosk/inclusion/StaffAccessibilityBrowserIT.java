package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.attendance.ClockBrowserFixture;
import fr.inserre.kiosk.browser.Axe;
import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.StaffAttendancePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the main back-office pages, in French, with the demo data: the
 * direction's home, detainees and one detainee's file, the request queue and one request, commissions,
 * attendance (today, a roll-call, timesheets), pay rates and statements, indicators, information sheets;
 * IT's terminal fleet. 0 violations; every page's result is printed. A session happening now (the clock
 * test's fixture, whatever the time the test runs) gives a roll-call to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccessibilityBrowserIT {

    /** The direction's pages, by address (the direction reaches every one of them). */
    static final List<String> DIRECTION_PAGES = List.of("staff/index.xhtml", "staff/detainees/list.xhtml",
            "staff/requests/queue.xhtml", "staff/commission/list.xhtml", "staff/attendance/today.xhtml",
            "staff/attendance/timesheets.xhtml", "staff/pay/rates.xhtml", "staff/pay/statements.xhtml",
            "staff/dashboard/indicators.xhtml", "staff/citizen/sheets.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ClockBrowserFixture.class, fr.inserre.kiosk.testing.DemoSessionNow.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void staffPages_haveNoAccessibilityViolation() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        StaffLoginPage.open(driver, base);
        check("staff login", found);

        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        for (String page : DIRECTION_PAGES) {
            open(page);
            check(page, found);
        }
        open("staff/detainees/list.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("#detainees\\:table_data > tr[data-ri] a")).click());
        check("staff/detainees/view.xhtml", found);
        open("staff/requests/queue.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("#queue\\:table_data > tr[data-ri] a")).click());
        check("staff/requests/request.xhtml", found);
        open("staff/attendance/today.xhtml");
        new StaffAttendancePage(driver).openRollCall(ClockBrowserFixture.PLACE);
        check("staff/attendance/rollcall.xhtml", found);
        new StaffAttendancePage(driver).openTimesheets(base, ClockBrowserFixture.ACTIVITY);
        check("staff/attendance/timesheets.xhtml of " + ClockBrowserFixture.ACTIVITY, found);

        driver.manage().deleteCookieNamed("JSESSIONID");
        StaffLoginPage.open(driver, base).logIn("informatique", "inserre-informatique");
        open("staff/terminals/list.xhtml");
        check("staff/terminals/list.xhtml", found);

        Map<String, List<String>> failing = new LinkedHashMap<>();
        found.forEach((page, violations) -> {
            if (!violations.isEmpty()) {
                failing.put(page, violations);
            }
        });
        assertEquals(Map.of(), failing, "axe-core WCAG 2.1 AA violations by page");
    }

    private void open(String page) {
        driver.get(base + page);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }

    private void check(String name, Map<String, List<String>> found) {
        List<String> violations = Axe.violations(driver);
        System.out.println("axe " + name + ": " + violations.size() + " violation(s)"
                + (violations.isEmpty() ? "" : "\n  " + String.join("\n  ", violations)));
        Browser.screenshot(driver, "axe-staff-" + name.replaceAll("[^a-z0-9]+", "-"));
        found.put(name, violations);
    }
}
