package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The confirm screen of a training or job request, /kiosk/requests/ask.xhtml. */
public class KioskAskPage {

    private final WebDriver driver;

    public KioskAskPage(WebDriver driver) {
        this.driver = driver;
    }

    public String chosen() {
        return driver.findElement(By.id("chosen")).getText();
    }

    /** The notice above the form about a full activity ("full-work-notice", "waitlist-notice"), or "" if none. */
    public String notice(String id) {
        return driver.findElements(By.id(id)).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** Taps the n-th ready-made phrase (from 1). */
    public KioskAskPage choosePhrase(int n) {
        driver.findElement(By.id("phrase-" + n)).click();
        return this;
    }

    public boolean phrasePressed(int n) {
        return "true".equals(driver.findElement(By.id("phrase-" + n)).getAttribute("aria-pressed"));
    }

    /** Opens "Écrire moi-même" and types on the large-key keyboard. */
    public KioskAskPage write(String text) {
        driver.findElement(By.id("write")).click();
        new OnScreenKeyboard(driver, "ask:motivation").type(text);
        return this;
    }

    public String motivation() {
        return driver.findElement(By.id("ask:motivation")).getDomProperty("value");
    }

    /** Taps "Envoyer": the confirmation with the receipt. */
    public KioskSentPage send() {
        driver.findElement(By.id("ask:send")).click();
        return new KioskSentPage(driver);
    }

    public String error() {
        return Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-error"));
    }
}
