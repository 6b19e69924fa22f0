package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskSchedulePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffSessionsPage;
import fr.inserre.kiosk.demo.DemoSchedule;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
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
 * "Mon planning" in real Chromium on the demo establishment: the kitchen runs every day (two teams
 * on a two-week rota), so a kitchen worker has work every day but public holidays; packers work weekday mornings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleBrowserIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Demo detainees of this class (each test its own: the first login changes the PIN). */
    static final int PACKER = 30;
    static final int PACKER_TOO = 31;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    /** The second member of the kitchen team working today. */
    static int kitchenWorkerToday(LocalDate today) {
        return (DemoSchedule.kitchenTeamAWorks(today, DemoSchedule.rotaStart(today)) ? DemoSchedule.KITCHEN_A_FIRST
                : DemoSchedule.KITCHEN_B_FIRST) + 1;
    }

    static LocalDate nextWorkday(LocalDate today) {
        LocalDate date = today.plusDays(1);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || DemoSchedule.PUBLIC_HOLIDAYS.containsKey(MonthDay.from(date))) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** The demo plans nothing on a public holiday (Christmas, 14 July…): the tests of today's work need a working day. */
    static void assumeTheDemoPlansToday(LocalDate today) {
        assumeFalse(DemoSchedule.PUBLIC_HOLIDAYS.containsKey(MonthDay.from(today)),
                () -> today + " is a public holiday: the demo has no session today");
    }

    @Test
    void detainee_opensMonPlanning_andSeesTodaysWork_withPlaceAndTime() {
        LocalDate today = LocalDate.now(PARIS);
        assumeTheDemoPlansToday(today);
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, kitchenWorkerToday(today));

        KioskSchedulePage week = KioskSchedulePage.fromHome(driver);
        Browser.screenshot(driver, "kiosk-schedule-week");
        // Server time of the week page as the browser saw it (request sent to first byte), for the README.
        Object serverMillis = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.responseStart - t.requestStart);");
        System.out.println("Week page, request to first byte: " + serverMillis + " ms");

        assertEquals("Mon planning", week.title());
        assertTrue(week.dayTitle(today).startsWith("Aujourd'hui"), week.dayTitle(today));
        List<WebElement> todays = week.itemsOn(today);
        assertEquals(1, todays.size(), "one kitchen shift today");
        String item = todays.get(0).getText();
        assertTrue(item.contains("06:30 – 13:30"), item);
        assertTrue(item.contains("Cuisine – équipe"), item);
        assertTrue(item.contains("Cuisine (service général)"), item);
        Rectangle box = todays.get(0).findElement(By.tagName("a")).getRect();
        assertTrue(box.getHeight() >= 48, "item is a touch target: " + box.getDimension());
        Rectangle next = week.nextWeekButton().getRect();
        assertTrue(next.getHeight() >= 48 && next.getWidth() >= 48, "next week button: " + next.getDimension());

        KioskSchedulePage detail = week.open(todays.get(0));
        assertTrue(detail.fact("place").contains("Cuisine (service général)"));
        assertTrue(detail.fact("bring").contains("Tenue de cuisine"));
        assertTrue(detail.fact("when").contains("06:30 – 13:30"), detail.fact("when"));
    }

    @Test
    void nextWeek_isOneTapAway_andShowsTheFollowingSevenDays() {
        LocalDate today = LocalDate.now(PARIS);
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, kitchenWorkerToday(today) + 1);

        KioskSchedulePage next = KioskSchedulePage.fromHome(driver).nextWeek();

        assertFalse(driver.findElements(By.id("day-" + today.plusDays(7))).isEmpty());
        assertTrue(driver.findElements(By.id("day-" + today)).isEmpty());
        assertTrue(driver.findElement(By.id("previous-week")).getText().contains("Cette semaine"));
        int shifts = 0;
        for (int day = 7; day < 14; day++) {
            shifts += next.itemsOn(today.plusDays(day)).size();
        }
        assertTrue(shifts >= 2, "each kitchen team works at least a weekend in any seven days: " + shifts);
    }

    @Test
    void staffCancelsASession_andTheDetaineeSeesItCancelled_withANotification() {
        LocalDate day = nextWorkday(LocalDate.now(PARIS));
        WebDriver staff = Browser.open();
        try {
            StaffSessionsPage sessions = StaffSessionsPage.openAs(staff, base, "travail", "Atelier conditionnement", day);
            String confirmation = sessions.cancelFirst("Panne de la machine d'emballage");
            assertTrue(confirmation.contains("Séance annulée"), confirmation);
            assertTrue(sessions.firstRow().contains("Annulée"), sessions.firstRow());
        } finally {
            staff.quit();
        }

        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, PACKER);
        String news = driver.findElement(By.id("notifications")).getText();
        Browser.screenshot(driver, "kiosk-home-notification");
        assertTrue(news.contains("Annulé : Atelier conditionnement"), news);
        assertTrue(news.contains("Panne de la machine d'emballage"), news);

        KioskSchedulePage week = KioskSchedulePage.fromHome(driver);
        WebElement cancelled = week.itemsOn(day).get(0);
        assertTrue(cancelled.getAttribute("class").contains("schedule-item-cancelled"));
        assertTrue(cancelled.getText().contains("Annulé"), cancelled.getText());
        KioskSchedulePage detail = week.open(cancelled);
        assertEquals("Panne de la machine d'emballage", detail.fact("reason"));
    }

    @Test
    void anItemOfSomeoneElsesPlanning_isNotShown_evenWithItsAddress() {
        LocalDate day = nextWorkday(LocalDate.now(PARIS));
        WebDriver other = Browser.open();
        String address;
        try {
            KioskHomePage.logIn(other, base, DemoTerminal.WORKSHOP, PACKER_TOO);
            address = KioskSchedulePage.fromHome(other).itemsOn(day).get(0).findElement(By.tagName("a"))
                    .getAttribute("href");
        } finally {
            other.quit();
        }
        LocalDate today = LocalDate.now(PARIS);
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, kitchenWorkerToday(today) + 2);

        driver.get(address);

        KioskSchedulePage page = new KioskSchedulePage(driver);
        assertFalse(page.showsItem());
        assertTrue(page.messages().contains("introuvable"), page.messages());
    }

    @Test
    void supervisor_seesWhoIsExpectedWhereToday_withNamesAndCells_andCanPrintIt() {
        assumeTheDemoPlansToday(LocalDate.now(PARIS));
        StaffLoginPage.open(driver, base).logIn("surveillant", "inserre-surveillant");

        driver.findElement(By.id("nav-expected")).click();
        Browser.screenshot(driver, "staff-expected-today");

        String day = driver.findElement(By.id("content")).getText();
        assertTrue(day.contains("Cuisine – équipe"), day);
        assertTrue(day.contains("06:30–13:30"), day);
        assertFalse(driver.findElements(By.id("print")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".expected-table td")).size() >= 15,
                "five kitchen workers at least, with number, name and cell");
    }

    @Test
    void unknownActivityAddress_saysSo_insteadOfAnEmptyPage() {
        StaffLoginPage.open(driver, base).logIn("travail", "inserre-travail");

        driver.get(base + "staff/schedule/roster.xhtml?activity=987654");

        String shown = driver.findElement(By.id("load-messages")).getText();
        assertTrue(shown.contains("introuvable"), shown);
    }
}
