package fr.inserre.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.ErrorPage;
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
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Staff log in and out; each role sees only the pages it may use, and the server refuses the others. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffLoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void backOffice_sendsAnUnauthenticatedVisitorToTheLoginPage() {
        driver.get(base + "staff/detainees/list.xhtml");

        assertTrue(driver.getCurrentUrl().contains("/staff/identity/login.xhtml"), driver.getCurrentUrl());
        assertFalse(driver.getPageSource().contains("résultat(s)"));
    }

    @Test
    void login_thenLogout_leavesNothingOfTheSessionBehind() {
        long start = System.nanoTime();
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        long roundTripMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Staff login round trip (open page, type, submit, home shown): " + roundTripMillis + " ms");

        assertTrue(driver.getCurrentUrl().endsWith("/staff/index.xhtml"), driver.getCurrentUrl());
        assertEquals("direction", driver.findElement(By.id("staff-user")).getText().strip());
        assertTrue(driver.findElement(By.id("roles")).getText().contains("Direction"));

        driver.findElement(By.id("logout-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> new StaffLoginPage(d).isShown());
        assertTrue(driver.getCurrentUrl().contains("reason=logout"), driver.getCurrentUrl());
        driver.navigate().back();
        driver.get(base + "staff/detainees/list.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/staff/identity/login.xhtml"), "logged out for good");
    }

    @Test
    void wrongPassword_isRefusedWithTheSameMessageAsAnUnknownLogin() {
        StaffLoginPage login = StaffLoginPage.open(driver, base);
        login.logIn("surveillant", "not-the-password");
        String wrongPassword = login.error();

        login = StaffLoginPage.open(driver, base);
        login.logIn("nobody-has-this-login", "whatever-password");

        assertEquals("Identifiant ou mot de passe incorrect.", wrongPassword);
        assertEquals(wrongPassword, login.error());
    }

    @Test
    void partner_doesNotSeeDetaineesFiles_andIsRefusedByTheServer() {
        StaffLoginPage.open(driver, base).logIn("francetravail", "inserre-francetravail");

        assertTrue(driver.findElements(By.id("nav-detainees")).isEmpty(), "no menu entry");
        driver.get(base + "staff/detainees/list.xhtml");
        Browser.screenshot(driver, "staff-partner-refused");
        assertEquals("Accès refusé", new ErrorPage(driver).title());
    }

    @Test
    void refusedAccess_isInTheAuditTrail() {
        StaffLoginPage.open(driver, base).logIn("francetravail", "inserre-francetravail");
        driver.get(base + "staff/audit/list.xhtml");
        assertEquals("Accès refusé", new ErrorPage(driver).title());
        driver.manage().deleteAllCookies();

        StaffLoginPage.open(driver, base).logIn("informatique", "inserre-informatique");
        driver.get(base + "staff/audit/list.xhtml");
        driver.findElement(By.cssSelector("#audit\\:table\\:actor input")).sendKeys("francetravail");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("audit:table_data")).getText().contains("access.refused"));
        String rows = driver.findElement(By.id("audit:table_data")).getText();
        assertTrue(rows.contains("/inserre/staff/audit/list.xhtml") && rows.contains("Refusé"), rows);
    }

    @Test
    void itAdmin_searchesTheAuditTrail_andFindsTheirOwnLogin_withTheOutcome() {
        StaffLoginPage.open(driver, base).logIn("informatique", "inserre-informatique");
        driver.findElement(By.id("nav-audit")).click();
        WebElement actorFilter = driver.findElement(By.cssSelector("#audit\\:table\\:actor input"));
        actorFilter.sendKeys("informatique");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#audit\\:table_data > tr[data-ri]")).stream()
                        .allMatch(row -> row.getText().contains("informatique")));
        Browser.screenshot(driver, "staff-audit");

        String rows = driver.findElement(By.id("audit:table_data")).getText();
        assertTrue(rows.contains("staff.login") && rows.contains("Fait"), rows);
        assertTrue(driver.findElements(By.id("nav-detainees")).isEmpty(), "IT does not read detainees' files");
    }
}
