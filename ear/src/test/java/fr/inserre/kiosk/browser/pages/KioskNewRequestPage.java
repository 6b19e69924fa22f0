package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Nouvelle requête", /kiosk/requests/new.xhtml: the service as tiles, then the text on the large keys. */
public class KioskNewRequestPage {

    private final WebDriver driver;

    public KioskNewRequestPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Nouvelle requête" tile of the kiosk home. */
    public static KioskNewRequestPage fromHome(WebDriver driver) {
        driver.findElement(By.id("tile-new-request")).click();
        return new KioskNewRequestPage(driver);
    }

    /** Taps a service's tile (Team name, e.g. GREFFE). */
    public KioskNewRequestPage chooseTeam(String team) {
        driver.findElement(By.id("team-" + team)).click();
        return this;
    }

    public WebElement teamTile(String team) {
        return driver.findElement(By.id("team-" + team));
    }

    public String chosenTeam() {
        return driver.findElement(By.id("chosen-team-name")).getText();
    }

    public WebElement textArea() {
        return driver.findElement(By.id("request:text"));
    }

    public String text() {
        return textArea().getDomProperty("value");
    }

    public OnScreenKeyboard keyboard() {
        return new OnScreenKeyboard(driver, "request:text");
    }

    /** Puts a text in the area as a tampered form would, past its maxlength. */
    public void forceText(String text) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];", textArea(), text);
    }

    /** Taps "Envoyer" and stays on the page (a refusal is expected). */
    public String sendRefused() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("request:send")).click());
        return Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-error"));
    }

    /** Taps "Envoyer": the confirmation with the receipt. */
    public KioskSentPage send() {
        driver.findElement(By.id("request:send")).click();
        return new KioskSentPage(driver);
    }
}
