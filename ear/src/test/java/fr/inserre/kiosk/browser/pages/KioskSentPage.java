package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "C'est envoyé", /kiosk/requests/sent.xhtml: the receipt number in big type and the due date. */
public class KioskSentPage {

    private final WebDriver driver;

    public KioskSentPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The receipt number, once the page is there. */
    public String receipt() {
        return Waits.textOf(driver, By.id("receipt"));
    }

    public String due() {
        return driver.findElement(By.id("due")).getText();
    }

    public String about() {
        return driver.findElement(By.id("about")).getText();
    }

    /** Taps "Mes demandes". */
    public KioskMyRequestsPage myRequests() {
        driver.findElement(By.id("my-requests")).click();
        return new KioskMyRequestsPage(driver);
    }
}
