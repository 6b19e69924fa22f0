package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffRequestPage;
import fr.inserre.kiosk.browser.pages.StaffRequestQueuePage;
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
import org.openqa.selenium.WebDriver;

/**
 * The staff side of requests in headless Chromium, on the demo establishment, with the requests of
 * demo detainees 50 to 52 ({@link StaffRequestsFixture}, cells B-001 to B-003): the training manager
 * finds one in the queue, takes it in hand and approves it (the training is full: the person goes
 * on its waiting list); a refusal without a reason is refused and keeps what was typed; the CPIP books an
 * appointment over the person's workshop by giving a reason, without typing the rest again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffRequestsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.inDomain(Deployments.ear(), KioskStandIn.class, StaffRequestsFixture.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    private void logIn(String login) {
        StaffLoginPage.open(driver, base).logIn(login, "inserre-" + login);
    }

    /** Finds the request in progress of the person in the cell through the queue's filters, and opens it. */
    private StaffRequestPage openRequestOf(String cell, String type) {
        String prisonNumber = StaffRequestQueuePage.prisonNumberInCell(driver, base, cell);
        StaffRequestQueuePage queue = StaffRequestQueuePage.fromMenu(driver);
        if (type != null) {
            queue.choose("type", type);
        }
        queue.detainee(prisonNumber);
        assertEquals(1, queue.rows().size(), () -> "one request in progress for " + prisonNumber + ": " + queue.report());
        assertTrue(queue.rows().get(0).getText().contains(prisonNumber), queue.rows().get(0).getText());
        return queue.openFirst();
    }

    @Test
    void trainingManager_filtersTheQueue_takesARequestInHand_andApprovesIt() {
        logIn("formation");
        StaffRequestQueuePage queue = StaffRequestQueuePage.fromMenu(driver);
        Browser.screenshot(driver, "staff-requests-queue");
        // Time of the queue page as the browser saw it (request sent to first byte), for the README.
        Object serverMillis = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.responseStart - t.requestStart);");
        System.out.println("Request queue page (demo data), request to first byte: " + serverMillis + " ms");
        assertTrue(queue.counts().contains("nouvelle(s)"), queue.counts());
        assertTrue(queue.counts().contains("réponse(s) reçue(s) à lire"), queue.counts());

        String prisonNumber = StaffRequestQueuePage.prisonNumberInCell(driver, base, "B-001");
        queue = StaffRequestQueuePage.fromMenu(driver).choose("type", "Inscription en formation").detainee(prisonNumber)
                .sortBy("receipt");
        assertEquals(1, queue.rows().size(), queue::report);
        String taken = queue.takeInHand(0);
        assertTrue(taken.contains("1 demande(s) prise(s) en charge"), taken);
        assertTrue(queue.rows().get(0).getText().contains("En cours d'examen"), queue.rows().get(0).getText());

        StaffRequestPage request = queue.openFirst();
        assertTrue(request.fact("activity").contains(StaffRequestsFixture.CAP), request.fact("activity"));
        assertTrue(request.fact("text").contains("Je veux devenir cuisinier."), request.fact("text"));
        assertTrue(request.context().contains("Atelier services numériques"), "the person's work: " + request.context());
        request.type("decision:approval-message", "Bienvenue : la formation commence dès qu'une place se libère.");

        String done = request.click("decision:approve", "liste d'attente");
        Browser.screenshot(driver, "staff-request-waitlisted");

        assertTrue(done.contains("liste d'attente"), done);
        assertEquals("Sur liste d'attente", request.fact("status"));
        assertTrue(request.history().contains("Mise sur liste d'attente"), request.history());
        assertTrue(request.history().contains("Prise en charge"), request.history());
        driver.findElement(By.linkText("Liste d'attente")).click();
        String waitlist = driver.findElement(By.id("waitlist:table")).getText();
        Browser.screenshot(driver, "staff-request-waitlist");
        assertTrue(waitlist.contains(prisonNumber), waitlist);
    }

    @Test
    void refusal_withoutAReason_isRefused_andKeepsWhatWasTyped() {
        logIn("formation");
        StaffRequestPage request = openRequestOf("B-002", null);
        String why = "Les places de cette session sont réservées aux personnes libérables dans l'année.";
        request.type("decision:refusal-text", why);

        String refused = request.click("decision:reject", "raison");

        assertTrue(refused.contains("Un refus doit toujours avoir une raison"), refused);
        assertEquals(why, request.value("decision:refusal-text"), "what was typed is still there");
        assertEquals("Nouvelle", request.fact("status"));
        request.choose("decision:refusal-reason", "La libération est trop proche");
        String done = request.click("decision:reject", "Demande refusée");
        assertTrue(done.contains("Demande refusée"), done);
        assertEquals("Refusée", request.fact("status"));
        assertEquals("La libération est trop proche", request.fact("reason"));
        assertEquals(why, request.fact("reason-text"));
        assertFalse(request.has("decision:reject"), "a decided request offers no decision any more");
    }

    @Test
    void cpip_booksTheAppointment_overridingAConflictWithAReason_withoutTypingTheRestAgain() {
        logIn("cpip");
        StaffRequestPage request = openRequestOf("B-003", "Rendez-vous");
        assertTrue(request.fact("half-days").contains("matin"), request.fact("half-days"));
        assertEquals("09:00", request.value("decision:start_input"));
        request.type("decision:approval-message", "Apportez votre carte d'identité.");

        String conflict = request.click("decision:approve", "déjà attendue ailleurs");

        assertTrue(conflict.contains("Atelier services numériques"), conflict);
        assertEquals("Apportez votre carte d'identité.", request.value("decision:approval-message"));
        assertEquals("Nouvelle", request.fact("status"));
        request.type("decision:override", "Audience préparée avec le juge d'application des peines");
        String done = request.click("decision:approve", "Demande acceptée");
        Browser.screenshot(driver, "staff-request-appointment-booked");
        assertTrue(done.contains("Demande acceptée"), done);
        assertEquals("Acceptée", request.fact("status"));
        assertEquals("Apportez votre carte d'identité.", request.fact("reason-text"));
        assertTrue(request.context().contains("CPIP"), "the appointment is in the person's week: " + request.context());
    }
}
