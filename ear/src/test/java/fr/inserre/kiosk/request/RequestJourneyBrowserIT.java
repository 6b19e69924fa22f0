package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskAskPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.browser.pages.KioskMyRequestsPage;
import fr.inserre.kiosk.browser.pages.KioskOffersPage;
import fr.inserre.kiosk.browser.pages.KioskSchedulePage;
import fr.inserre.kiosk.browser.pages.KioskSentPage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffRequestPage;
import fr.inserre.kiosk.browser.pages.StaffRequestQueuePage;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A request's whole life through the real screens, kiosk and back-office in one browser: the
 * detainee asks for the logistics course at a workshop kiosk, the training manager finds it in the
 * queue and approves it with a message (or refuses it with a reason), the detainee logs in again
 * and sees the decision, its words and the course's sessions in "Mon planning"; a cancelled request
 * leaves the queue; a question asked on the request page is answered at the kiosk and flags the request
 * "réponse reçue" in the queue until the manager acts. Demo detainees 77 to 79 (CAP cuisine trainees,
 * cells B-028 to B-030: free in the mornings, when the logistics course runs, which has three free places
 * in the demo) and 70 (kitchen, cell B-021: the question journey, never decided).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestJourneyBrowserIT {

    static final String LOGISTICS = "Logistique et CACES";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    /** At a workshop kiosk: asks for the logistics course with a ready-made phrase; returns the receipt number. */
    private String askForLogistics(int demoIndex) {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, demoIndex);
        KioskAskPage ask = KioskOffersPage.trainingsFromHome(driver).ask(LOGISTICS);
        KioskSentPage sent = ask.choosePhrase(1).send();
        String receipt = sent.receipt();
        assertTrue(receipt.matches("\\d{4}-\\d{6}"), receipt);
        leave();
        return receipt;
    }

    /** Back at the kiosk later: the PIN is the one chosen at the first login. */
    private KioskMyRequestsPage backAtTheKiosk(int demoIndex, String receipt) {
        KioskLoginPage.open(driver, base).logIn("B" + (100_001 + demoIndex), KioskHomePage.CHOSEN_PIN);
        // Wait for the home before navigating: going elsewhere sooner aborts the login under load.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("tile-schedule")).isEmpty());
        return KioskMyRequestsPage.open(driver, base).open(receipt);
    }

    /** Logs in as the training manager and waits for the back-office (navigating sooner would abort the login). */
    private void trainingManagerLogsIn() {
        StaffLoginPage.open(driver, base).logIn("formation", "inserre-formation");
        Waits.textOf(driver, By.id("nav-requests"));
    }

    private StaffRequestPage trainingManagerOpens(String cell) {
        trainingManagerLogsIn();
        String prisonNumber = StaffRequestQueuePage.prisonNumberInCell(driver, base, cell);
        StaffRequestQueuePage queue = StaffRequestQueuePage.fromMenu(driver).choose("type", "Inscription en formation")
                .detainee(prisonNumber);
        assertEquals(1, queue.rows().size(), queue::report);
        return queue.openFirst();
    }

    /** The next person comes to the screen: the session ends, the browser stays the same terminal. */
    private void leave() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    @Test
    void detaineeAsks_managerApprovesWithAMessage_detaineeSeesAccepteeAndTheSessionsInMonPlanning() {
        String receipt = askForLogistics(77);

        StaffRequestPage request = trainingManagerOpens("B-028");
        assertTrue(request.fact("activity").contains(LOGISTICS), request.fact("activity"));
        request.type("decision:approval-message", "Bienvenue : apportez de quoi écrire le premier jour.");
        String done = request.click("decision:approve", "Demande acceptée");
        assertTrue(done.contains("Demande acceptée"), done);
        assertEquals("Acceptée", request.fact("status"));
        leave();

        KioskMyRequestsPage mine = backAtTheKiosk(77, receipt);
        Browser.screenshot(driver, "journey-request-accepted");
        assertEquals("Acceptée", mine.status());
        assertTrue(mine.fact("decision").contains("Bienvenue : apportez de quoi écrire le premier jour."),
                mine.fact("decision"));
        assertTrue(mine.history().contains("Acceptée") || mine.history().contains("accept"), mine.history());
        driver.findElement(By.id("planning")).click();
        KioskSchedulePage week = new KioskSchedulePage(driver);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        List<String> logistics = today.plusDays(1).datesUntil(today.plusDays(7))
                .flatMap(day -> week.itemsOn(day).stream()).map(WebElement::getText)
                .filter(text -> text.contains(LOGISTICS)).toList();
        Browser.screenshot(driver, "journey-planning-with-training");
        assertFalse(logistics.isEmpty(), "the course's sessions are in Mon planning from tomorrow");
    }

    @Test
    void managerRefusesWithAReason_detaineeSeesRefuseeAndTheReasonInPlainWords() {
        String receipt = askForLogistics(78);

        StaffRequestPage request = trainingManagerOpens("B-029");
        request.choose("decision:refusal-reason", "Les prérequis ne sont pas remplis");
        request.type("decision:refusal-text", "Il faut d'abord le module sécurité ; il commence en janvier.");
        String done = request.click("decision:reject", "Demande refusée");
        assertTrue(done.contains("Demande refusée"), done);
        leave();

        KioskMyRequestsPage mine = backAtTheKiosk(78, receipt);
        Browser.screenshot(driver, "journey-request-refused");
        assertEquals("Refusée", mine.status());
        assertEquals("Il vous manque ce qu'il faut avant de commencer.", mine.fact("reason"));
        assertEquals("Il faut d'abord le module sécurité ; il commence en janvier.", mine.fact("reason-text"));
        assertFalse(mine.canCancel(), "a decided request cannot be cancelled");
    }

    @Test
    void managerAsksAQuestion_detaineeAnswersAtTheKiosk_andTheQueueShowsReponseRecueUntilTheManagerActs() {
        String receipt = askForLogistics(70);

        StaffRequestPage request = trainingManagerOpens("B-021");
        request.type("question:question-text", "Avez-vous déjà conduit un chariot élévateur ?");
        String asked = request.click("question:ask", "Question envoyée");
        assertTrue(asked.contains("Question envoyée : la personne la verra à la borne."), asked);
        leave();

        KioskMyRequestsPage mine = backAtTheKiosk(70, receipt);
        assertEquals("Avez-vous déjà conduit un chariot élévateur ?", mine.question());
        String sent = mine.answer("Oui, pendant deux ans");
        assertTrue(sent.contains("Votre réponse est envoyée."), sent);
        leave();

        trainingManagerLogsIn();
        String prisonNumber = StaffRequestQueuePage.prisonNumberInCell(driver, base, "B-021");
        StaffRequestQueuePage queue = StaffRequestQueuePage.fromMenu(driver).tick("answer-received").detainee(prisonNumber);
        Browser.screenshot(driver, "journey-queue-answer-received");
        assertEquals(1, queue.rows().size(), queue::report);
        assertTrue(queue.rows().get(0).getText().contains("Réponse reçue"), queue.rows().get(0).getText());
        StaffRequestPage answered = queue.openFirst();
        assertTrue(answered.history().contains("Oui, pendant deux ans"), answered.history());
        answered.type("note:note-text", "Expérience de cariste : à voir en commission.");
        String noted = answered.click("note:add-note", "Note interne ajoutée.");
        assertTrue(noted.contains("Note interne ajoutée."), noted);

        StaffRequestQueuePage after = StaffRequestQueuePage.fromMenu(driver).tick("answer-received").detainee(prisonNumber);
        assertEquals(0, after.rows().size(), "read and acted upon: no longer a new answer");
    }

    @Test
    void detaineeCancelsBeforeADecision_andTheRequestLeavesTheQueue() {
        String receipt = askForLogistics(79);

        KioskMyRequestsPage mine = backAtTheKiosk(79, receipt);
        mine.startCancelling();
        mine.confirmCancelling();
        assertEquals("Annulée", mine.status());
        leave();

        trainingManagerLogsIn();
        String prisonNumber = StaffRequestQueuePage.prisonNumberInCell(driver, base, "B-030");
        StaffRequestQueuePage queue = StaffRequestQueuePage.fromMenu(driver).choose("type", "Inscription en formation")
                .detainee(prisonNumber);
        assertEquals(0, queue.rows().size(), "not in progress any more: " + queue.report());
        queue.choose("status", "Annulée");
        assertEquals(1, queue.rows().size(), queue::report);
        assertTrue(queue.rows().get(0).getText().contains(receipt), queue.rows().get(0).getText());
    }
}
