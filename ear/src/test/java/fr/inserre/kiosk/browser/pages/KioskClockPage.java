package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /kiosk/attendance/clock.xhtml: "Je commence" / "Je termine" and the confirmation. */
public class KioskClockPage {

    private final WebDriver driver;

    public KioskClockPage(WebDriver driver) {
        this.driver = driver;
    }

    /** From the kiosk home, through the clock tile. */
    public static KioskClockPage fromHome(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-clock")).click());
        return new KioskClockPage(driver);
    }

    public WebElement startButton() {
        return driver.findElement(By.id("clock-form:start"));
    }

    public WebElement finishButton() {
        return driver.findElement(By.id("clock-form:finish"));
    }

    /** Taps "Je commence" and waits for the confirmation or a refusal. */
    public KioskClockPage start() {
        return tap(startButton());
    }

    /** Taps "Je termine" and waits for the confirmation or a refusal. */
    public KioskClockPage finish() {
        return tap(finishButton());
    }

    private KioskClockPage tap(WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("confirmation")).isEmpty()
                || !d.findElements(By.cssSelector("#messages .kiosk-message-error")).isEmpty());
        return this;
    }

    public String confirmation() {
        return driver.findElement(By.id("confirmation-text")).getText();
    }

    public String time() {
        return driver.findElement(By.id("confirmation-time")).getText();
    }

    public String activity() {
        return driver.findElement(By.id("confirmation-activity")).getText();
    }

    public String error() {
        return Waits.textOf(driver, By.cssSelector("#messages .kiosk-message-error"));
    }
}
