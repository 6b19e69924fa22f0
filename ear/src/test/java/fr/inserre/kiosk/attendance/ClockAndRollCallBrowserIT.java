package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.KioskClockPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.StaffAttendancePage;
import fr.inserre.kiosk.testing.DemoSessionNow;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

/**
 * Clock-in and out in headless Chromium at the demo's training-room terminal (BORNE-ARR-FORM-1), by demo
 * detainee 80 (demo detainees 80 to 89 are this test's), at a CAP cuisine session happening now
 * ({@link ClockBrowserFixture}); then the trainer in charge of CAP cuisine takes the roll-call (the
 * badge times by default, one absence with a reason) and validates the detainee's week.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClockAndRollCallBrowserIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ClockBrowserFixture.class, DemoSessionNow.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void detaineeClocksInAndOut_thenTheTrainerTakesTheRollCallAndValidatesTheWeek() {
        try {
            clockInAndOutThenRollCall();
        } catch (RuntimeException | AssertionError failed) {
            Browser.screenshot(driver, "attendance-failed");
            throw failed;
        }
    }

    private void clockInAndOutThenRollCall() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, ClockBrowserFixture.TERMINAL, ClockBrowserFixture.DETAINEE);
        String firstName = home.welcome().replace("Bonjour", "").strip();
        assertEquals("Pointer", home.tileLabel("tile-clock"));

        KioskClockPage clock = KioskClockPage.fromHome(driver);
        for (var button : new org.openqa.selenium.WebElement[] {clock.startButton(), clock.finishButton()}) {
            Rectangle box = button.getRect();
            assertTrue(box.getHeight() >= 48 && box.getWidth() >= 48, () -> "button is " + box.getDimension());
        }
        String before = LocalTime.now(PARIS).format(DateTimeFormatter.ofPattern("HH:mm"));
        clock.start();
        Browser.screenshot(driver, "attendance-clock-in");
        assertEquals("C'est noté : vous avez commencé.", clock.confirmation(), clock::error);
        String after = LocalTime.now(PARIS).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertTrue(clock.time().equals(before) || clock.time().equals(after), clock.time());
        assertEquals(ClockBrowserFixture.ACTIVITY, clock.activity());

        driver.get(base + "kiosk/attendance/clock.xhtml");
        assertTrue(driver.findElement(By.id("clocked-in")).getText().contains(ClockBrowserFixture.ACTIVITY));
        clock = new KioskClockPage(driver).start();
        assertTrue(clock.error().contains("Vous avez déjà commencé « CAP cuisine »"), clock::error);
        clock = new KioskClockPage(driver).finish();
        Browser.screenshot(driver, "attendance-clock-out");
        assertEquals("C'est noté : vous avez terminé.", clock.confirmation(), clock::error);

        // The trainer in charge of CAP cuisine, in the same browser once the detainee's session has ended.
        driver.manage().deleteCookieNamed("JSESSIONID");
        StaffAttendancePage staff = StaffAttendancePage.openTodayAs(driver, base, ClockBrowserFixture.LEAD)
                .openRollCall(ClockBrowserFixture.PLACE);
        String clocked = staff.line(firstName).getText();
        assertTrue(clocked.contains("Présent") && clocked.contains("badge"), clocked);
        String name = staff.line(firstName).findElement(By.cssSelector("[id$=':name']")).getText();

        String confirmed = staff.present(name);
        assertTrue(confirmed.contains(name + " : présence enregistrée."), confirmed);
        assertTrue(staff.line(name).getText().contains("appel"), staff.line(name).getText());
        var someoneElse = driver.findElements(By.cssSelector("#rollcall\\:lines_data > tr")).stream()
                .filter(row -> !row.getText().contains(name) && row.getText().contains("Attendu")).findFirst()
                .orElseThrow(() -> new AssertionError("nobody else expected: " + staff.lines()));
        String absence = staff.absent(someoneElse, "Malade");
        assertTrue(absence.contains("absence enregistrée"), absence);
        Browser.screenshot(driver, "attendance-rollcall");

        staff.openTimesheets(base, ClockBrowserFixture.ACTIVITY);
        String validated = staff.validate(name);
        Browser.screenshot(driver, "attendance-timesheet-validated");
        assertTrue(validated.contains("Relevé de " + name + " validé."), validated);
        assertTrue(staff.weekStatus().contains("Validé"), staff.weekStatus());
        staff.closeWeek();

        // The month by person and activity: today's hours are in it.
        String month = staff.monthSheet(name);
        Browser.screenshot(driver, "attendance-month-sheets");
        assertTrue(month.contains(ClockBrowserFixture.ACTIVITY) && month.matches("(?s).*\\d+ h \\d{2}.*"), month);
    }
}
