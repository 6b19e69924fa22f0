package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskAppointmentPage;
import fr.inserre.kiosk.browser.pages.KioskAskPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskMyRequestsPage;
import fr.inserre.kiosk.browser.pages.KioskNewRequestPage;
import fr.inserre.kiosk.browser.pages.KioskOffersPage;
import fr.inserre.kiosk.browser.pages.KioskSentPage;
import fr.inserre.kiosk.browser.pages.OnScreenKeyboard;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The kiosk side of requests in real Chromium on the demo establishment: asking for a training in
 * three taps, following it in "Mes demandes", cancelling, a written request refused without losing
 * what was chosen and typed, a replayed form creating one request, a staff question answered on the
 * large keys and a refusal with its reason. Demo detainees 40 to 45 (joinery workers; every demo
 * training is full, so a training request goes to the waiting list once decided). What staff do (a question, a refusal) goes through the real request desk by
 * {@link RequestDeskTestServlet}, deployed with this test only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskRequestsBrowserIT {

    static final String RECEIPT = "\\d{4}-\\d{6}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RequestDeskTestServlet.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void detainee_asksForATraining_inThreeTaps_andFindsItInMesDemandes_withItsReceipt() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 40);

        KioskOffersPage trainings = KioskOffersPage.trainingsFromHome(driver);            // tap 1
        assertEquals("Formations", trainings.title());
        String card = trainings.offer("CAP cuisine").getText();
        assertTrue(card.contains("Complet : liste d'attente"), card);
        assertTrue(card.contains("Savoir lire les consignes simples."), "prerequisites shown: " + card);
        Rectangle box = trainings.offer("CAP cuisine").findElement(By.tagName("a")).getRect();
        assertTrue(box.getHeight() >= 48, "the card is a touch target: " + box.getDimension());
        Browser.screenshot(driver, "kiosk-requests-trainings");

        KioskAskPage ask = trainings.ask("CAP cuisine");                                   // tap 2
        assertTrue(ask.chosen().contains("CAP cuisine"), ask.chosen());
        Browser.screenshot(driver, "kiosk-requests-ask");
        KioskSentPage sent = ask.send();                                                    // tap 3
        String receipt = sent.receipt();
        Browser.screenshot(driver, "kiosk-requests-sent");

        assertTrue(receipt.matches(RECEIPT), receipt);
        assertFalse(sent.due().isBlank());
        assertEquals("CAP cuisine", sent.about());
        KioskMyRequestsPage mine = sent.myRequests();
        String item = mine.item(receipt).getText();
        Browser.screenshot(driver, "kiosk-requests-mine");
        assertTrue(item.contains("CAP cuisine"), item);
        assertTrue(item.contains("Envoyée"), item);
        assertTrue(item.contains("Réponse au plus tard le"), item);
        assertEquals(1, mine.item(receipt).findElements(By.cssSelector(".request-status i.pi-send")).size(),
                "the status has its icon, not only a colour");

        KioskOffersPage again = KioskOffersPage.trainingsFromHome(goHome());
        String pending = again.offer("CAP cuisine").getText();
        assertTrue(pending.contains("Déjà demandé : n° " + receipt), pending);
    }

    @Test
    void detainee_cancelsAJobRequest_afterConfirming_withAPhraseAndTypedWords() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 41);
        KioskAskPage ask = KioskOffersPage.jobsFromHome(driver).ask("Atelier services numériques");
        // Every demo workshop is full: the application is still taken, and the kiosk says what that means.
        String full = ask.notice("full-work-notice");
        assertTrue(full.contains("Vous pouvez quand même demander : vous ne commencerez que quand une place se libère."),
                full);
        assertEquals("", ask.notice("waitlist-notice"));

        ask.choosePhrase(1);
        assertEquals("Je veux travailler.", ask.motivation());
        assertTrue(ask.phrasePressed(1));
        ask.write(" Merci");
        assertEquals("Je veux travailler. Merci", ask.motivation());
        assertFalse(ask.phrasePressed(1), "the text is no longer the phrase alone");
        String receipt = ask.send().receipt();

        KioskMyRequestsPage detail = KioskMyRequestsPage.open(driver, base).open(receipt);
        assertTrue(detail.status().contains("Envoyée"), detail.status());
        assertEquals("Je veux travailler. Merci", detail.fact("text"));
        assertTrue(detail.history().contains("Demande envoyée"), detail.history());
        String question = detail.startCancelling();
        Browser.screenshot(driver, "kiosk-requests-cancel-confirm");
        assertTrue(question.contains("Voulez-vous vraiment annuler"), question);
        assertTrue(detail.status().contains("Envoyée"), "nothing is cancelled before the confirmation");

        String done = detail.confirmCancelling();

        assertTrue(done.contains("Votre demande est annulée."), done);
        assertTrue(detail.status().contains("Annulée"), detail.status());
        assertFalse(detail.canCancel());
        assertTrue(detail.history().contains("Annulée"), detail.history());
        String item = KioskMyRequestsPage.open(driver, base).item(receipt).getText();
        assertTrue(item.contains("Annulée"), item);
    }

    @Test
    void writtenRequest_emptyOrTooLong_isRefused_andKeepsTheServiceAndTheText() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 42);
        KioskNewRequestPage page = KioskNewRequestPage.fromHome(driver);
        Rectangle tile = page.teamTile("GREFFE").getRect();
        assertTrue(tile.getHeight() >= 48 && tile.getWidth() >= 48, "service tile: " + tile.getDimension());
        page.chooseTeam("GREFFE");
        assertEquals("Greffe (dates, papiers)", page.chosenTeam());

        String empty = page.sendRefused();

        assertTrue(empty.contains("Écrivez votre demande avant de l'envoyer."), empty);
        assertEquals("Greffe (dates, papiers)", page.chosenTeam());

        OnScreenKeyboard keys = page.keyboard();
        keys.type("Bonjour, ma date de sortie");
        page.textArea().sendKeys(" svp ?");
        keys.erase();
        keys.type("!");
        String typed = "Bonjour, ma date de sortie svp !";
        assertEquals(typed, page.text());
        assertEquals(String.valueOf(1000 - typed.length()), keys.left());
        Browser.screenshot(driver, "kiosk-requests-new-text");

        String tooLong = typed + " " + "x".repeat(1000);
        page.forceText(tooLong);
        String refusal = page.sendRefused();

        assertTrue(refusal.contains("trop long"), refusal);
        assertEquals("Greffe (dates, papiers)", page.chosenTeam());
        assertEquals(tooLong, page.text(), "what was typed stays on screen");

        page.forceText(typed);
        KioskSentPage sent = page.send();
        String receipt = sent.receipt();
        assertEquals("Greffe (dates, papiers)", sent.about());
        KioskMyRequestsPage detail = sent.myRequests().open(receipt);
        assertEquals(typed, detail.fact("text"));
        assertTrue(detail.fact("team").contains("Greffe"), detail.fact("team"));
    }

    @Test
    void appointmentForm_sentTwiceAtOnce_andReplayed_createsOneRequest() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 43);
        KioskAppointmentPage page = KioskAppointmentPage.fromHome(driver);
        assertEquals("SPIP", page.team(), "the SPIP is the default service");
        page.tick(0).tick(3);
        assertEquals("2", page.count());
        Browser.screenshot(driver, "kiosk-requests-appointment");

        List<String> atOnce = page.replay(2);
        List<String> later = page.replay(1);

        assertEquals(2, atOnce.size(), atOnce.toString());
        assertTrue(atOnce.get(0).startsWith("200 ") && atOnce.get(0).contains("/kiosk/requests/sent.xhtml?id="),
                atOnce.toString());
        assertEquals(atOnce.get(0), atOnce.get(1), "both sends found the same request");
        assertEquals(atOnce.get(0), later.get(0), "a replay later too");
        KioskMyRequestsPage mine = KioskMyRequestsPage.open(driver, base);
        List<WebElement> items = mine.items();
        assertEquals(1, items.size(), "one request: " + items.stream().map(WebElement::getText).toList());
        assertTrue(items.get(0).getText().contains("Conseiller d'insertion (SPIP)"), items.get(0).getText());
    }

    @Test
    void appointmentForm_withoutHalfDay_isRefused_andKeepsTheChosenService() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 44);
        KioskAppointmentPage page = KioskAppointmentPage.fromHome(driver);
        page.chooseTeam("GREFFE");

        driver.findElement(By.id("appointment:send")).click();
        String refusal = Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-error"));

        assertTrue(refusal.contains("Choisissez au moins une demi-journée."), refusal);
        assertEquals("GREFFE", page.team());
        page.tick(1);
        driver.findElement(By.id("appointment:send")).click();
        String receipt = new KioskSentPage(driver).receipt();
        assertTrue(receipt.matches(RECEIPT), receipt);
        String detail = KioskMyRequestsPage.open(driver, base).open(receipt).fact("half-days");
        assertFalse(detail.isBlank(), "the half-day proposed is shown");
    }

    @Test
    void staffQuestion_showsOnTheHomeTile_isAnsweredOnTheKeyboard_andARefusalShowsItsReason() throws Exception {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 45);
        KioskNewRequestPage page = KioskNewRequestPage.fromHome(driver).chooseTeam("DETENTION");
        page.keyboard().type("Je voudrais changer de cellule");
        String receipt = page.send().receipt();

        staff("ask", receipt, "Pour quelle raison ?");
        KioskHomePage home = new KioskHomePage(goHome());

        assertTrue(home.awaitingAnswers().startsWith("1 question"), home.awaitingAnswers());
        KioskMyRequestsPage mine = KioskMyRequestsPage.open(driver, base);
        assertTrue(mine.item(receipt).getText().contains("Une question vous attend"), mine.item(receipt).getText());
        KioskMyRequestsPage detail = mine.open(receipt);
        assertEquals("Pour quelle raison ?", detail.question());
        assertTrue(detail.history().contains("Question pour vous"), detail.history());
        assertFalse(detail.history().contains(RequestDeskTestServlet.STAFF_NOTE), "staff notes never reach the kiosk");
        Browser.screenshot(driver, "kiosk-requests-question");

        String sent = detail.answer("Il fait trop froid");

        assertTrue(sent.contains("Votre réponse est envoyée."), sent);
        assertFalse(detail.hasQuestion());
        assertTrue(detail.history().contains("Il fait trop froid"), detail.history());
        assertEquals("", new KioskHomePage(goHome()).awaitingAnswers());

        staff("reject", receipt, "Aucune cellule libre pour le moment.");
        KioskMyRequestsPage refused = KioskMyRequestsPage.open(driver, base).open(receipt);
        Browser.screenshot(driver, "kiosk-requests-refused");
        assertTrue(refused.status().contains("Refusée"), refused.status());
        assertEquals("Ce n'est pas possible.", refused.fact("reason"));
        assertEquals("Aucune cellule libre pour le moment.", refused.fact("reason-text"));
        assertFalse(refused.canCancel(), "a decided request cannot be cancelled");
        assertFalse(refused.history().contains(RequestDeskTestServlet.STAFF_NOTE));
    }

    @Test
    void detainee_asksForAnyWork_fromTravail_andFindsItInMesDemandes() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 46);

        KioskAskPage ask = KioskOffersPage.jobsFromHome(driver).askAnyWork();
        assertTrue(ask.chosen().contains("N'importe quel travail"), ask.chosen());
        assertEquals("", ask.notice("full-work-notice"), "any work has no places to be full");
        KioskSentPage sent = ask.send();
        String receipt = sent.receipt();

        assertTrue(receipt.matches(RECEIPT), receipt);
        assertEquals("N'importe quel travail", sent.about());
        String item = sent.myRequests().item(receipt).getText();
        assertTrue(item.contains("N'importe quel travail"), item);
        assertTrue(item.contains("Envoyée"), item);
    }

    @Test
    void waitlistedTraining_showsThePositionOnTheWaitingList() throws Exception {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 47);
        KioskAskPage ask = KioskOffersPage.trainingsFromHome(driver).ask("CAP cuisine");
        assertTrue(ask.notice("waitlist-notice").contains("liste d'attente"), ask.notice("waitlist-notice"));
        String receipt = ask.send().receipt();

        staff("waitlist", receipt, "");

        String item = KioskMyRequestsPage.open(driver, base).item(receipt).getText();
        assertTrue(item.matches("(?s).*Vous êtes \\d+(er|e) sur la liste d'attente\\..*"), item);
        KioskMyRequestsPage detail = KioskMyRequestsPage.open(driver, base).open(receipt);
        String position = driver.findElement(By.cssSelector("p.request-waitlist")).getText();
        assertTrue(position.matches("Vous êtes \\d+(er|e) sur la liste d'attente\\."), position);
        assertTrue(detail.status().contains("liste d'attente"), detail.status());
    }

    /** What staff do to a request (see {@link RequestDeskTestServlet}). */
    private void staff(String action, String receipt, String text) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test/request-desk")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=" + action + "&receipt=" + receipt + "&text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), response.body());
    }

    private WebDriver goHome() {
        driver.get(base + "kiosk/index.xhtml");
        return driver;
    }
}
