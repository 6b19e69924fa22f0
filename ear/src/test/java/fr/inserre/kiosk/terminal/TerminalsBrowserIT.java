package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.browser.pages.StaffTerminalListPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * A terminal's life end to end, as IT and the terminal see it: IT issues a code on the staff page,
 * the terminal exchanges it through the enrolment API, its kiosk opens; IT puts it in maintenance
 * (503 screen) and back, or revokes it (403 at its next request). Each test works on a demo
 * terminal of wing C that no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** IT's browser, logged in as staff. */
    @FreshBrowser
    WebDriver driver;

    /** The terminal's own browser. */
    @FreshBrowser
    WebDriver kiosk;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    /** What the terminal does with its code: POST it to the enrolment API. */
    private HttpResponse<String> enrol(String code) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/terminals/enrolment"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    /** IT issues a code for the terminal, the terminal enrols with it: its secret. */
    private String enrolThroughStaffPage(StaffTerminalListPage staff, String terminal) throws Exception {
        String code = staff.show(terminal).issueCode();
        long start = System.nanoTime();
        HttpResponse<String> response = enrol(code);
        System.out.println("Enrolment round trip (POST /api/terminals/enrolment): "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals(200, response.statusCode(), response.body());
        return field(response.body(), "secret");
    }

    /**
     * The second browser becomes that terminal (IT's browser stays logged in as staff), as the
     * package's launcher makes it: a launch ticket got with the secret, then the browser started on
     * /terminal/start?ticket=..., where the server gives it its own HttpOnly key.
     */
    private void actAs(String terminal, String secret) throws Exception {
        HttpResponse<String> ticket = launchTicket(terminal, secret);
        assertEquals(200, ticket.statusCode(), ticket.body());
        kiosk.get(base + "terminal/start?ticket=" + field(ticket.body(), "ticket"));
        Cookie cookie = kiosk.manage().getCookieNamed("inserre_terminal");
        assertTrue(cookie != null && cookie.isHttpOnly(), "the browser holds its key as an HttpOnly cookie");
        assertTrue(!cookie.getValue().contains(secret), "never the terminal's secret");
    }

    private HttpResponse<String> launchTicket(String terminal, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/terminals/ticket"))
                .header("X-Inserre-Terminal", terminal + " " + secret).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> kioskAs(String terminal, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "kiosk/"))
                .header("X-Inserre-Terminal", terminal + " " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void itIssuesACode_theTerminalEnrolsThroughTheApi_andItsKioskOpens() throws Exception {
        String terminal = "BORNE-ARR-C-048";
        StaffTerminalListPage staff = StaffTerminalListPage.open(driver, base).show(terminal);
        assertEquals("En attente d'enrôlement", staff.status());

        String code = staff.issueCode();
        Browser.screenshot(driver, "staff-terminals");
        long start = System.nanoTime();
        HttpResponse<String> enrolled = enrol(code);
        long roundTripMillis = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> again = enrol(code);

        assertTrue(code.matches("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}"), code);
        assertEquals(200, enrolled.statusCode(), enrolled.body());
        assertTrue(enrolled.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(terminal, field(enrolled.body(), "terminal"));
        String secret = field(enrolled.body(), "secret");
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(400, again.statusCode(), "a code works once");
        assertEquals("{\"error\":\"invalid_code\"}", again.body());
        System.out.println("Enrolment round trip (POST /api/terminals/enrolment, first call): " + roundTripMillis + " ms");

        actAs(terminal, secret);
        kiosk.get(base + "kiosk/");
        assertTrue(new KioskLoginPage(kiosk).isShown(), "the kiosk (its login) opens for the enrolled terminal");
        assertEquals("En ligne", StaffTerminalListPage.open(driver, base).show(terminal).status());
    }

    @Test
    void maintenance_showsTheMaintenanceScreenWith503_untilItIsBackInService() throws Exception {
        String terminal = "BORNE-ARR-C-049";
        String secret = enrolThroughStaffPage(StaffTerminalListPage.open(driver, base), terminal);

        StaffTerminalListPage.open(driver, base).show(terminal).startMaintenance();
        HttpResponse<String> during = kioskAs(terminal, secret);
        actAs(terminal, secret);
        kiosk.get(base + "kiosk/");
        ErrorPage screen = new ErrorPage(kiosk);
        Browser.screenshot(kiosk, "kiosk-maintenance");

        assertEquals(503, during.statusCode());
        assertEquals("60", during.headers().firstValue("Retry-After").orElse(""));
        assertEquals("Borne en maintenance", screen.title());
        assertTrue(screen.source().contains("http-equiv=\"refresh\""), "comes back by itself");
        assertTrue(kiosk.findElements(org.openqa.selenium.By.id("error-home")).isEmpty(), "nothing else on it");

        StaffTerminalListPage.open(driver, base).show(terminal).endMaintenance();
        assertEquals(200, kioskAs(terminal, secret).statusCode());
        kiosk.get(base + "kiosk/");
        assertTrue(new KioskLoginPage(kiosk).isShown(), "the kiosk (its login) opens again");
    }

    @Test
    void revokedTerminal_isCutOffAtItsNextRequest_withThePlain403Page() throws Exception {
        String terminal = "BORNE-ARR-C-050";
        String secret = enrolThroughStaffPage(StaffTerminalListPage.open(driver, base), terminal);
        actAs(terminal, secret);
        kiosk.get(base + "kiosk/");
        assertTrue(new KioskLoginPage(kiosk).isShown(), "the kiosk (its login) opens again");

        // Two IT pages: one revokes; the other, still showing the terminal active, then asks for maintenance.
        StaffTerminalListPage stale = StaffTerminalListPage.open(driver, base).show(terminal);
        String staleTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        StaffTerminalListPage.open(driver, base).show(terminal).revoke();
        assertEquals("Révoquée", new StaffTerminalListPage(driver).status());
        driver.switchTo().window(staleTab);
        stale.startMaintenance();
        assertEquals("La borne " + terminal + " est révoquée : délivrez-lui un nouveau code d'enrôlement pour la "
                + "remettre en service.", stale.message(), "the refusal, in the page's language");
        kiosk.get(base + "kiosk/");
        ErrorPage refused = new ErrorPage(kiosk);
        Browser.screenshot(kiosk, "kiosk-terminal-revoked");

        assertEquals("Terminal non enregistré", refused.title());
        assertTrue(kiosk.findElements(org.openqa.selenium.By.id("error-home")).isEmpty(), "nothing else on it");
        assertEquals(403, kioskAs(terminal, secret).statusCode());
        assertEquals(403, launchTicket(terminal, secret).statusCode(), "nor can its launcher start a browser");
    }
}
