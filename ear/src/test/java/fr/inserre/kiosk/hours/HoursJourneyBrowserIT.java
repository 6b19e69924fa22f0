package fr.inserre.kiosk.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.KioskClockPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskHoursPage;
import fr.inserre.kiosk.browser.pages.KioskMyRequestsPage;
import fr.inserre.kiosk.browser.pages.KioskSentPage;
import fr.inserre.kiosk.browser.pages.StaffAttendancePage;
import fr.inserre.kiosk.testing.DemoSessionNow;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The hours journey of issue 6 in headless Chromium, by demo detainee 53 (paid production work in the
 * "Atelier services numériques"; demo detainees 53 to 59 are this test's): clocks in and out at the
 * workshop terminal during a session happening now ({@link HoursBrowserFixture}), sees the hours under
 * "Mes heures" as pending; the workshop's lead validates the week; the detainee sees them validated with
 * the pay; then disputes the line in two taps and finds the request in "Mes demandes".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoursJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(HoursBrowserFixture.class, DemoSessionNow.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void clockInAndOut_pendingUnderMesHeures_validatedWithPay_thenDisputedAndInMesDemandes() throws Exception {
        try {
            journey();
        } catch (RuntimeException | AssertionError failed) {
            Browser.screenshot(driver, "hours-failed");
            throw failed;
        }
    }

    private void journey() throws InterruptedException {
        KioskHomePage home = KioskHomePage.logIn(driver, base, HoursBrowserFixture.TERMINAL, HoursBrowserFixture.DETAINEE);
        String firstName = home.welcome().replace("Bonjour", "").strip();
        assertEquals("Mes heures", home.tileLabel("tile-hours"));
        assertEquals("a", home.tile("tile-hours").getTagName(), "the tile leads somewhere");

        // Clock in, work a little over a minute (minutes are whole), clock out.
        KioskClockPage clock = KioskClockPage.fromHome(driver).start();
        assertEquals("C'est noté : vous avez commencé.", clock.confirmation(), clock::error);
        Thread.sleep(Duration.ofSeconds(65).toMillis());
        driver.get(base + "kiosk/attendance/clock.xhtml");
        clock = new KioskClockPage(driver).finish();
        assertEquals("C'est noté : vous avez terminé.", clock.confirmation(), clock::error);

        // "Mes heures": this week pending, the line with its times, status word and icon.
        driver.get(base + "kiosk/index.xhtml");
        KioskHoursPage hours = KioskHoursPage.fromHome(driver);
        Browser.screenshot(driver, "hours-pending");
        String week = hours.period("WEEK");
        assertTrue(week.contains("Cette semaine") && week.contains("En attente de validation"), week);
        assertTrue(week.contains("Heures de travail") && week.contains("Paie estimée"), week);
        hours.sessions("WEEK");
        WebElement line = todaysPresence(hours);
        String pending = line.getText();
        assertTrue(pending.contains("En attente de validation") && pending.contains("Présent"), pending);
        assertTrue(pending.matches("(?s).*Heures :\\s*0 h 0[12].*"), pending);
        assertFalse(line.findElements(By.cssSelector(".hours-status-pending .pi-hourglass")).isEmpty(),
                "pending has its icon, not only a colour");
        leave();

        // The workshop's lead validates the detainee's week.
        StaffAttendancePage staff = StaffAttendancePage.openTodayAs(driver, base, HoursBrowserFixture.LEAD)
                .openTimesheets(base, HoursBrowserFixture.ACTIVITY);
        String validated = staff.validate(firstName);
        assertTrue(validated.contains("validé"), validated);
        leave();

        // Back at the kiosk: validated, with the pay of the line's minute(s) at the production rate.
        backAtTheKiosk();
        hours = KioskHoursPage.open(driver, base).sessions("WEEK");
        Browser.screenshot(driver, "hours-validated");
        String now = todaysPresence(hours).getText();
        assertTrue(now.contains("Validé") && !now.contains("En attente de validation"), now);
        String totals = hours.totals();
        assertTrue(totals.matches("(?s).*Paie estimée :\\s*\\d+,\\d{2}[\\s\\u00a0\\u202f]€.*")
                && !totals.matches("(?s).*Paie estimée :\\s*0,00.*"), totals);

        // "Je conteste cette ligne": one tap on the line, one on the reason.
        hours.dispute(todaysPresence(hours));
        assertTrue(hours.disputedLine().contains(HoursBrowserFixture.ACTIVITY), hours.disputedLine());
        assertTrue(hours.reasons().contains("Il manque des heures"), hours.reasons().toString());
        Rectangle box = hours.reason("HOURS_MISSING").getRect();
        assertTrue(box.getHeight() >= 48 && box.getWidth() >= 48, () -> "reason is " + box.getDimension());
        KioskSentPage sent = hours.send("HOURS_MISSING");
        String receipt = sent.receipt();
        assertTrue(receipt.matches("\\d{4}-\\d{6}"), receipt);
        Browser.screenshot(driver, "hours-disputed");

        KioskMyRequestsPage mine = KioskMyRequestsPage.open(driver, base);
        String item = mine.item(receipt).getText();
        assertTrue(item.contains("Contestation d'heures") && item.contains(HoursBrowserFixture.ACTIVITY), item);
        // The line now says the dispute is sent, with its number, instead of offering a second one.
        hours = KioskHoursPage.open(driver, base).sessions("WEEK");
        String disputed = todaysPresence(hours).getText();
        assertTrue(disputed.contains("Contestation envoyée") && disputed.contains(receipt), disputed);
    }

    /** The latest line of the workshop with a presence (the one clocked by this test). */
    private static WebElement todaysPresence(KioskHoursPage hours) {
        return hours.lines().stream().filter(l -> l.getText().contains(HoursBrowserFixture.ACTIVITY)
                && l.getText().contains("Présent")).findFirst()
                .orElseThrow(() -> new AssertionError("no presence: " + hours.lines().stream().map(WebElement::getText)
                        .toList()));
    }

    /** The next person comes to the screen: the session ends, the browser stays the same terminal. */
    private void leave() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /** Back at the kiosk later: the PIN is the one chosen at the first login. */
    private void backAtTheKiosk() {
        KioskHomePage.logInAgain(driver, base, HoursBrowserFixture.DETAINEE);
    }
}
