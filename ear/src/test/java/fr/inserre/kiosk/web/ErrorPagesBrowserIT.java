package fr.inserre.kiosk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Errors end on friendly pages that lead home, never on a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void unknownPage_showsTheNotFoundPage() {
        driver.get(base + "nowhere.xhtml");
        ErrorPage page = new ErrorPage(driver);

        assertEquals("Page introuvable", page.title());
        assertNoTechnicalDetail(page);
    }

    @Test
    void unknownKioskPage_showsTheKioskNotFoundPage_leadingToTheKioskHome() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 20);
        driver.get(base + "kiosk/nowhere.xhtml");
        ErrorPage page = new ErrorPage(driver);

        assertEquals("Page introuvable", page.title());
        assertEquals("Cette page n'existe pas.", page.text());
        assertTrue(page.homeLink().endsWith("/inserre/kiosk/"), page.homeLink());
        assertNoTechnicalDetail(page);
    }

    @Test
    void unknownStaffPage_showsTheStaffNotFoundPage_leadingToTheStaffHome() {
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        driver.get(base + "staff/nowhere.xhtml");
        ErrorPage page = new ErrorPage(driver);

        assertEquals("Page introuvable", page.title());
        assertTrue(page.homeLink().endsWith("/inserre/staff/"), page.homeLink());
    }

    @Test
    void kioskLeftIdleUntilTheSessionIsGone_showsTheFriendlyLoggedOutPage() {
        DemoTerminal.actAs(driver, base, DemoTerminal.WORKSHOP);
        driver.get(base + "kiosk/identity/login.xhtml");
        // The session goes; the terminal stays (its credential cookie is not the session's).
        driver.manage().deleteCookieNamed("JSESSIONID");

        driver.findElement(org.openqa.selenium.By.cssSelector("#language input[value='English']")).click();
        ErrorPage page = new ErrorPage(driver);
        Browser.screenshot(driver, "kiosk-view-expired");

        assertEquals("Vous avez été déconnecté", page.title());
        assertTrue(page.homeLink().endsWith("/inserre/kiosk/"), page.homeLink());
        assertNoTechnicalDetail(page);
    }

    @Test
    void directAccessToTheResourcesFolder_isRefusedWithTheFriendlyPage() {
        driver.get(base + "resources/css/kiosk.css");
        ErrorPage page = new ErrorPage(driver);

        assertEquals("Accès refusé", page.title());
        assertNoTechnicalDetail(page);
    }

    private static void assertNoTechnicalDetail(ErrorPage page) {
        String source = page.source();
        assertFalse(source.matches("(?s).*\\bat (org|java|jakarta)\\.[\\w.$]+\\(.*"), "no stack frame");
        assertFalse(source.contains("Caused by"), "no exception chain");
        assertFalse(source.contains("WildFly"), "no server name");
    }
}
