package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.ClockBrowserFixture;
import fr.inserre.kiosk.browser.Axe;
import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Menus;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.StaffAttendancePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * axe-core (WCAG 2.1 A and AA rules) on every back-office page, in French, with the demo data: first the
 * main ones (the direction's home, detainees and one detainee's file, the request queue and one request,
 * commissions, attendance, pay, indicators, information sheets; IT's terminal fleet), then all the others
 * (admission, the establishment's pages, activities and their editor, roster, sessions and waiting list,
 * appointments, holidays, audit, the espace citoyen's editors, a commission's meeting, agenda and minutes
 * in an establishment of its own, {@link StaffPagesFixture}). 0 violations; every page's result is
 * printed. A session happening now (the clock test's fixture, whatever the time the test runs) gives a
 * roll-call to look at. A page added under staff/ fails {@link #everyStaffPage_isChecked} until it is here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccessibilityBrowserIT {

    /** The direction's pages, by address (the direction reaches every one of them). */
    static final List<String> DIRECTION_PAGES = List.of("staff/index.xhtml", "staff/detainees/list.xhtml",
            "staff/requests/queue.xhtml", "staff/commission/list.xhtml", "staff/attendance/today.xhtml",
            "staff/attendance/timesheets.xhtml", "staff/pay/rates.xhtml", "staff/pay/statements.xhtml",
            "staff/dashboard/indicators.xhtml", "staff/citizen/sheets.xhtml");

    /** The other pages the direction opens by address. */
    static final List<String> MORE_DIRECTION_PAGES = List.of("staff/admission/index.xhtml",
            "staff/admission/admit.xhtml", "staff/admission/import.xhtml", "staff/establishment/settings.xhtml",
            "staff/establishment/cells.xhtml", "staff/establishment/places.xhtml", "staff/establishment/staff.xhtml",
            "staff/schedule/activities.xhtml", "staff/schedule/appointments.xhtml", "staff/schedule/expected.xhtml",
            "staff/schedule/holidays.xhtml", "staff/attendance/anomalies.xhtml", "staff/attendance/limits.xhtml",
            "staff/hours/verify.xhtml", "staff/audit/list.xhtml", "staff/citizen/partners.xhtml",
            "staff/citizen/slots.xhtml", "staff/citizen/release.xhtml", "staff/terminals/clock-points.xhtml");

    /** The pages reached by following a link (they show one thing: an activity, a partner, a commission...). */
    static final List<String> LINKED_PAGES = List.of("staff/detainees/view.xhtml", "staff/requests/request.xhtml",
            "staff/attendance/rollcall.xhtml", "staff/schedule/activity.xhtml", "staff/schedule/roster.xhtml",
            "staff/schedule/sessions.xhtml", "staff/requests/waitlist.xhtml", "staff/admission/movement.xhtml",
            "staff/citizen/cv.xhtml", "staff/citizen/partner.xhtml", "staff/citizen/sheet.xhtml",
            "staff/commission/session.xhtml", "staff/commission/agenda.xhtml", "staff/commission/minutes.xhtml");

    /** The demo training with a waiting list. */
    static final String TRAINING = "CAP cuisine";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ClockBrowserFixture.class, fr.inserre.kiosk.testing.DemoSessionNow.class,
                StaffPagesFixture.class);
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

        assertNoViolation(found);
    }

    @Test
    void everyOtherStaffPage_hasNoAccessibilityViolation() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        for (String page : MORE_DIRECTION_PAGES) {
            open(page);
            check(page, found);
        }

        open("staff/schedule/activities.xhtml");
        follow(By.linkText(TRAINING), "staff/schedule/activity.xhtml", found);
        follow(By.id("activity:roster"), "staff/schedule/roster.xhtml", found);
        driver.navigate().back();
        follow(By.id("activity:sessions"), "staff/schedule/sessions.xhtml", found);
        driver.navigate().back();
        follow(By.id("activity:waitlist"), "staff/requests/waitlist.xhtml", found);

        open("staff/detainees/list.xhtml");
        follow(By.cssSelector("#detainees\\:table_data > tr[data-ri] a"), "staff/detainees/view.xhtml", found);
        follow(By.id("movement"), "staff/admission/movement.xhtml", found);
        driver.navigate().back();
        follow(By.id("release"), "staff/citizen/release.xhtml?detainee", found);
        driver.navigate().back();
        follow(By.id("cv"), "staff/citizen/cv.xhtml", found);

        open("staff/citizen/partners.xhtml");
        follow(By.cssSelector("#partners\\:table_data > tr[data-ri] a"), "staff/citizen/partner.xhtml", found);
        open("staff/citizen/sheets.xhtml");
        follow(By.cssSelector("#sheets\\:table_data > tr[data-ri] a"), "staff/citizen/sheet.xhtml", found);

        driver.manage().deleteCookieNamed("JSESSIONID");
        StaffLoginPage.open(driver, base).logIn(StaffPagesFixture.LOGIN, StaffPagesFixture.PASSWORD);
        open("staff/commission/list.xhtml");
        // The latest commission first: the one being prepared, with a request on its agenda.
        follow(By.cssSelector("#commissions\\:table_data > tr[data-ri] a"), "staff/commission/session.xhtml", found);
        follow(By.id("agenda-link"), "staff/commission/agenda.xhtml", found);
        open("staff/commission/list.xhtml");
        follow(By.cssSelector("#commissions\\:table_data a[href*='minutes']"), "staff/commission/minutes.xhtml", found);

        assertNoViolation(found);
    }

    /** Every page under staff/ in the web module is checked by one of the tests above. */
    @Test
    void everyStaffPage_isChecked() throws IOException {
        Path pages = Path.of(System.getProperty("inserre.webapp", "../web/src/main/webapp"));
        Set<String> files;
        try (Stream<Path> found = Files.walk(pages.resolve("staff"))) {
            files = found.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> pages.relativize(p).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> checked = new TreeSet<>(List.of("staff/identity/login.xhtml", "staff/terminals/list.xhtml",
                "staff/attendance/timesheets.xhtml"));
        checked.addAll(DIRECTION_PAGES);
        checked.addAll(MORE_DIRECTION_PAGES);
        checked.addAll(LINKED_PAGES);

        files.removeAll(checked);
        assertEquals(Set.of(), files, "staff pages no accessibility test opens");
    }

    /** Follows a link, checks the page it opens (named {@code page}, which its address must show). */
    private void follow(By link, String page, Map<String, List<String>> found) {
        WebElement target = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(link));
        Menus.centre(driver, target);
        Waits.newPageAfter(driver, target::click);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        String address = page.replaceAll("\\?.*", "");
        assertTrue(driver.getCurrentUrl().contains(address), driver.getCurrentUrl() + " is not " + address);
        check(page, found);
    }

    private void assertNoViolation(Map<String, List<String>> found) {
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
