package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.StaffClockPointsPage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The attendance settings on screen: IT links a workshop terminal to an activity from the terminals
 * page (unlinking, then linking the demo's pair back); the direction sets the working-time limits;
 * a supervisor reads them without a form and is not let into the terminal links.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceSettingsBrowserIT {

    static final String TERMINAL = "BORNE-ARR-ATL-MENUISERIE";
    static final String ACTIVITY = "Atelier menuiserie";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void it_unlinksAndLinksATerminalAndAnActivity_fromTheTerminalsPage() {
        StaffLoginPage.open(driver, base).logIn("informatique", "inserre-informatique");
        driver.get(base + "staff/terminals/list.xhtml");
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("terminals:clock-points-link")).click());
        StaffClockPointsPage page = new StaffClockPointsPage(driver);
        List<String> rows = page.rows();
        String pair = rows.stream().filter(r -> r.contains(TERMINAL) && r.contains(ACTIVITY)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo links " + TERMINAL + " to " + ACTIVITY + ": " + rows));

        assertTrue(page.unbind(TERMINAL, ACTIVITY).contains("ne pointe plus"));
        assertFalse(page.rows().contains(pair), page.rows()::toString);
        assertTrue(page.bind(TERMINAL, ACTIVITY).contains("pointe désormais"));
        Browser.screenshot(driver, "staff-clock-points");

        assertTrue(page.rows().contains(pair), page.rows()::toString);
    }

    @Test
    void direction_savesTheLimits_supervisorOnlyReadsThem_andCannotLinkTerminals() {
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        driver.get(base + "staff/attendance/limits.xhtml");
        assertEquals("600", driver.findElement(By.id("limits:maxDay_input")).getDomProperty("value"));

        driver.findElement(By.id("limits:save")).click();

        String saved = Waits.textOf(driver, By.cssSelector("#limits\\:messages .ui-messages-info"));
        Browser.screenshot(driver, "staff-attendance-limits");
        assertTrue(saved.contains("Limites enregistrées"), saved);
        assertTrue(Waits.textOf(driver, By.id("source")).contains("propres"));

        driver.manage().deleteCookieNamed("JSESSIONID");
        StaffLoginPage.open(driver, base).logIn("surveillant", "inserre-surveillant");
        driver.get(base + "staff/attendance/limits.xhtml");
        assertEquals("600", driver.findElement(By.id("limits:maxDay_input")).getDomProperty("value"));
        assertTrue(driver.findElements(By.id("limits:save")).isEmpty(), "no save button for a supervisor");
        assertFalse(driver.findElement(By.id("limits:maxDay_input")).isEnabled());

        driver.get(base + "staff/terminals/clock-points.xhtml");
        assertEquals("Accès refusé", new ErrorPage(driver).title());
    }
}
