package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.KioskCvPage;
import fr.inserre.kiosk.browser.pages.KioskPartnerAppointmentsPage;
import fr.inserre.kiosk.browser.pages.KioskReleasePage;
import fr.inserre.kiosk.browser.pages.KioskSchedulePage;
import fr.inserre.kiosk.browser.pages.StaffReleaseTemplatePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffRequestQueuePage;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoCitizenServices;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The espace citoyen's partner and release screens end to end on the demo data: a detainee books a France
 * Travail slot at the espace-citoyen kiosk and finds it in "Mon planning"; the France Travail account sees
 * the booking (name and prison number) and is refused the detainees' files; the detainee then cancels it. The CPIP
 * marks a checklist item done and the detainee sees it, asks for help on another and, under "Mon CV", has the
 * establishment named and a print asked. A slot taken by someone else while the page was shown: the tap says so and
 * offers the next one, which books. Demo detainees 95 (cell B-046), 96 (B-047), 94 and 116; the demo's slots are
 * at 16:45, 17:15 and 17:45, after the workshops close.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    /** The next person comes to the screen: the session ends, the browser stays the same terminal. */
    private void leave() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    private void staffLogsIn(String login, By landmark) {
        StaffLoginPage.open(driver, base).logIn(login, "inserre-" + login);
        Waits.textOf(driver, landmark);
    }

    /** The partner appointments listed in the seven days shown from {@code first}. */
    private static List<WebElement> partnerItems(KioskSchedulePage week, LocalDate first) {
        return first.datesUntil(first.plusDays(7)).flatMap(day -> week.itemsOn(day).stream())
                .filter(item -> item.getText().contains("Rendez-vous avec un partenaire")).toList();
    }

    @Test
    void detaineeBooksAFranceTravailSlot_seesItInMonPlanning_andThePartnerSeesNameAndNumberOnly() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 95);
        String firstName = home.welcome().replace("Bonjour", "").strip();
        KioskPartnerAppointmentsPage appointments = KioskPartnerAppointmentsPage.fromHome(driver);
        // Beyond the establishment's 24 h cancellation delay whatever the hour of the run (a slot tomorrow at
        // 16:45 is too late to cancel once the run starts after 16:45).
        List<WebElement> slots = appointments.slotsOf("France Travail").stream()
                .filter(button -> KioskPartnerAppointmentsPage.start(button).isAfter(Instant.now().plus(Duration.ofHours(26))))
                // the first slot of its day (16:45), which the planning check below expects; on a Monday afternoon
                // the first slot beyond 26 h is a later one of Tuesday
                .filter(button -> LocalTime.ofInstant(KioskPartnerAppointmentsPage.start(button), ClockProducer.ZONE)
                        .equals(DemoCitizenServices.SLOTS_FROM))
                .toList();
        assertFalse(slots.isEmpty(), "the demo's France Travail slots are offered");
        String slot = KioskPartnerAppointmentsPage.label(slots.get(0));

        String message = appointments.book(slots.get(0));
        Browser.screenshot(driver, "partner-booked");

        assertTrue(message.contains("Rendez-vous réservé avec France Travail"), message);
        List<String> mine = appointments.mine();
        assertEquals(1, mine.size(), mine::toString);
        assertTrue(mine.get(0).contains("France Travail") && mine.get(0).contains("Annuler"), mine.get(0));

        driver.findElement(By.id("schedule")).click();
        KioskSchedulePage week = new KioskSchedulePage(driver);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        List<WebElement> found = partnerItems(week, today);
        if (found.isEmpty()) {
            week = week.nextWeek();
            found = partnerItems(week, today.plusDays(7));
        }
        Browser.screenshot(driver, "partner-in-planning");
        assertEquals(1, found.size(), () -> "booked " + slot);
        assertTrue(found.get(0).getText().contains("16:45"), found.get(0).getText());
        KioskSchedulePage detail = week.open(found.get(0));
        assertEquals("France Travail", detail.fact("with-whom"));
        assertEquals("Espace citoyen — bureau des partenaires", detail.fact("place"));
        leave();

        staffLogsIn("francetravail", By.id("nav-slots"));
        driver.findElement(By.id("nav-slots")).click();
        String booked = Waits.textOf(driver, By.cssSelector(".slot-booked"));
        Browser.screenshot(driver, "partner-sees-booking");
        assertTrue(booked.contains(firstName) && booked.matches(".*\\([A-Z0-9-]+\\)$"), booked);
        assertTrue(driver.findElements(By.id("nav-detainees")).isEmpty(), "no menu entry to the files");
        driver.get(base + "staff/detainees/list.xhtml");
        assertEquals("Accès refusé", new ErrorPage(driver).title(), "a partner is refused the detainees' list");
        leave();

        // Back at the kiosk, the detainee cancels it (well before the delay): the slot is free again.
        KioskHomePage.logInAgain(driver, base, 95);
        appointments = KioskPartnerAppointmentsPage.fromHome(driver);
        String cancelled = appointments.cancel("France Travail");
        Browser.screenshot(driver, "partner-cancelled");
        assertTrue(cancelled.contains("Rendez-vous annulé."), cancelled);
        assertEquals(List.of(), appointments.mine());
        assertTrue(appointments.slotsOf("France Travail").stream().anyMatch(b -> KioskPartnerAppointmentsPage.label(b).equals(slot)),
                () -> slot + " offered again");
    }

    @Test
    void slotTakenWhileThePageWasShown_theTapSaysSo_andOffersTheNextOne_whichBooks() {
        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 94);
        KioskPartnerAppointmentsPage appointments = KioskPartnerAppointmentsPage.fromHome(driver);
        // A 17:15 slot beyond the cancellation delay (the 16:45 ones are left to the test above); 17:45 follows it.
        List<WebElement> offered = appointments.slotsOf("France Travail");
        int taken = 0;
        while (!(KioskPartnerAppointmentsPage.start(offered.get(taken)).isAfter(Instant.now().plus(Duration.ofHours(26)))
                && LocalTime.ofInstant(KioskPartnerAppointmentsPage.start(offered.get(taken)), ClockProducer.ZONE)
                        .equals(LocalTime.of(17, 15)))) {
            taken++;
        }
        WebElement stale = offered.get(taken);
        String takenWhen = KioskPartnerAppointmentsPage.label(stale).split(" · ")[0];
        String nextWhen = KioskPartnerAppointmentsPage.label(offered.get(taken + 1)).split(" · ")[0];

        // Meanwhile someone at the other espace-citoyen terminal books that slot.
        WebDriver other = Browser.open();
        try {
            KioskHomePage.logIn(other, base, DemoTerminal.CITIZEN_SPACE_2, 116);
            KioskPartnerAppointmentsPage theirs = KioskPartnerAppointmentsPage.fromHome(other);
            WebElement same = theirs.slotsOf("France Travail").stream()
                    .filter(b -> KioskPartnerAppointmentsPage.label(b).startsWith(takenWhen + " · ")).findFirst()
                    .orElseThrow();
            String booked = theirs.book(same);
            assertTrue(booked.contains("Rendez-vous réservé avec France Travail"), booked);

            String refused = appointments.book(stale);
            Browser.screenshot(driver, "partner-slot-taken");

            assertTrue(refused.contains("Quelqu'un vient de réserver ce créneau juste avant vous."), refused);
            assertEquals(List.of("France Travail — " + nextWhen), appointments.offeredNext());
            assertEquals(List.of(), appointments.mine());
            String second = appointments.bookNext();
            assertTrue(second.contains("Rendez-vous réservé avec France Travail"), second);
            List<String> mine = appointments.mine();
            assertEquals(1, mine.size(), mine::toString);
            assertTrue(mine.get(0).contains(nextWhen), mine.get(0));
            assertEquals(List.of(), appointments.offeredNext());

            // Both cancel: the demo's slots are free again for the other tests.
            assertTrue(appointments.cancel("France Travail").contains("Rendez-vous annulé."));
            assertTrue(theirs.cancel("France Travail").contains("Rendez-vous annulé."));
        } finally {
            other.quit();
        }
    }

    @Test
    void directionRewordsAnItemOfTheEstablishmentsList_fromTheTemplateTable() {
        staffLogsIn("direction", By.id("nav-release"));
        StaffReleaseTemplatePage template = StaffReleaseTemplatePage.fromMenu(driver);
        List<String> before = template.items();
        int last = before.size() - 1;
        assertEquals("Transport le jour de la sortie", before.get(last));

        String saved = template.reword(last, "Transport et trajet jusqu'au logement");
        Browser.screenshot(driver, "direction-template-reworded");

        assertTrue(saved.contains("Élément reformulé"), saved);
        List<String> after = template.items();
        assertEquals("Transport et trajet jusqu'au logement", after.get(last));
        assertEquals(before.subList(0, last), after.subList(0, last));
        // Words taken away: the kiosk's own words again (the demo's list as the other tests read it).
        template.reword(last, "");
        assertEquals(before, template.items());
    }

    @Test
    void cpipMarksAnItemDone_andTheDetaineeSeesIt() {
        staffLogsIn("cpip", By.id("nav-release"));
        StaffRequestQueuePage.prisonNumberInCell(driver, base, "B-047");
        driver.findElement(By.cssSelector("#detainees\\:table_data > tr[data-ri] a")).click();
        Waits.textOf(driver, By.id("release"));
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("release")).click());
        new Select(driver.findElement(By.id("checklist:items:0:status"))).selectByVisibleText("Fait");
        driver.findElement(By.id("checklist:items:0:note")).sendKeys("Carte d'identité reçue au greffe.");
        driver.findElement(By.id("checklist:items:0:save")).click();
        String saved = Waits.textOf(driver, By.cssSelector(".ui-messages-info"));
        Browser.screenshot(driver, "cpip-checklist-saved");
        assertTrue(saved.contains("Enregistré"), saved);
        leave();

        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 96);
        KioskReleasePage release = KioskReleasePage.fromHome(driver);
        Browser.screenshot(driver, "detainee-checklist");
        assertEquals("Fait", release.statusOf("Carte d'identité ou passeport"));
        assertEquals("À faire", release.statusOf("Carte Vitale"));
        String summary = release.summary();
        assertTrue(summary.contains("Il reste 7 choses à préparer") && summary.contains("1 sur 8 prêts"), summary);
        assertTrue(driver.findElement(By.id("checklist")).getText().contains("Carte d'identité reçue au greffe."));

        // "Demander de l'aide" on an item to do: a request to the SPIP, its number shown, the item says so.
        String help = release.askHelp("Carte Vitale");
        Browser.screenshot(driver, "detainee-help-asked");
        assertTrue(help.matches("(?s).*Votre demande d'aide est envoyée au SPIP\\. Numéro : \\d{4}-\\d{6}\\..*"), help);
        String receipt = help.replaceAll("(?s).*Numéro : (\\d{4}-\\d{6}).*", "$1");
        assertTrue(release.itemText("Carte Vitale").contains("Aide demandée (n° " + receipt + ")"), release.itemText("Carte Vitale"));

        // "Mon CV": the establishment's name written on it by choice, then a print asked.
        KioskCvPage cv = release.cv();
        assertEquals("Le nom n'est pas écrit sur le CV.", cv.establishmentState());
        String shown = cv.showEstablishment();
        assertTrue(shown.contains("Le nom de l'établissement est maintenant sur votre CV."), shown);
        assertEquals("Le nom est écrit sur le CV.", cv.establishmentState());
        assertTrue(driver.findElement(By.id("cv-establishment")).isDisplayed(), "the name is on the CV shown");
        String print = cv.askPrint();
        Browser.screenshot(driver, "detainee-cv-print");
        assertTrue(print.contains("Demande envoyée. Le personnel va imprimer votre CV."), print);
        assertTrue(cv.printWaiting().contains("Impression demandée"), cv.printWaiting());
    }
}
