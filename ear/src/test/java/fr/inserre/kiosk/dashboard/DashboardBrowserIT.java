package fr.inserre.kiosk.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The direction opens the indicators on the demo data and sees the figures, the charts drawn and
 * their tables, and downloads the CSV; a supervisor is not let in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void direction_seesTheIndicators_chartsAndTables_andDownloadsTheCsv() throws Exception {
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        driver.findElement(By.id("nav-dashboard")).click();

        String occupation = Waits.textOf(driver, By.id("occupation"));
        Browser.screenshot(driver, "staff-dashboard");
        assertTrue(occupation.contains("%") && occupation.contains("sur 120"), occupation);
        assertEquals(5, driver.findElements(By.cssSelector(".dashboard-chart canvas")).size(),
                "five charts drawn (requests, times, refusals, waiting lists, weekly hours)");
        String requests = driver.findElement(By.id("requests-table")).getText();
        assertTrue(requests.contains("Requête écrite"), requests);
        String waiting = driver.findElement(By.id("waiting-table")).getText();
        assertTrue(waiting.contains("CAP cuisine"), "the demo's waiting list: " + waiting);
        assertTrue(driver.findElement(By.id("fleet-table")).getText().contains("Hors ligne"));

        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(driver.findElement(By.id("csv")).getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("Listes d'attente;CAP cuisine;"), csv.body());
    }

    @Test
    void supervisor_isNotLetIntoTheIndicators() {
        StaffLoginPage.open(driver, base).logIn("surveillant", "inserre-surveillant");
        assertTrue(driver.findElements(By.id("nav-dashboard")).isEmpty(), "no menu entry");

        driver.get(base + "staff/dashboard/indicators.xhtml");

        assertEquals("Accès refusé", new ErrorPage(driver).title());
    }
}
