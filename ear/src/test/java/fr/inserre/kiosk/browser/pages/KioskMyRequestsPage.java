package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Mes demandes", /kiosk/requests/mine.xhtml, and one request in detail, /kiosk/requests/request.xhtml. */
public class KioskMyRequestsPage {

    private final WebDriver driver;

    public KioskMyRequestsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static KioskMyRequestsPage open(WebDriver driver, URL base) {
        driver.get(base + "kiosk/requests/mine.xhtml");
        return new KioskMyRequestsPage(driver);
    }

    /** Every request listed, latest first. */
    public List<WebElement> items() {
        return driver.findElements(By.cssSelector("li.request-item"));
    }

    /** The card of a request, by its receipt number. */
    public WebElement item(String receipt) {
        return driver.findElement(By.id("request-" + receipt));
    }

    /** Taps a request: its detail. */
    public KioskMyRequestsPage open(String receipt) {
        item(receipt).findElement(By.tagName("a")).click();
        return this;
    }

    // On the detail page.

    public String status() {
        return Waits.textOf(driver, By.id("status"));
    }

    public String fact(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public String history() {
        return driver.findElement(By.id("history")).getText();
    }

    public boolean canCancel() {
        return !driver.findElements(By.id("cancel-form:cancel")).isEmpty();
    }

    /** Taps "Annuler ma demande" and returns the confirmation question shown. */
    public String startCancelling() {
        driver.findElement(By.id("cancel-form:cancel")).click();
        return Waits.textOf(driver, By.id("confirm-cancel-text"));
    }

    /** Taps "Oui, annuler ma demande"; returns the confirmation message. */
    public String confirmCancelling() {
        driver.findElement(By.id("cancel-form:cancel-yes")).click();
        return Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-info"));
    }

    public boolean hasQuestion() {
        return !driver.findElements(By.id("answer-form:answer")).isEmpty();
    }

    public String question() {
        return driver.findElement(By.id("question")).getText();
    }

    /** Types the answer on the large-key keyboard and taps "Envoyer ma réponse"; returns the confirmation. */
    public String answer(String text) {
        new OnScreenKeyboard(driver, "answer-form:answer").type(text);
        driver.findElement(By.id("answer-form:send-answer")).click();
        return Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-info"));
    }
}
