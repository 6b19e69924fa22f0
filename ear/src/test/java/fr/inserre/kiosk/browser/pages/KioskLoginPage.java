package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The kiosk login page, /kiosk/identity/login.xhtml: badge field and PIN keypad. */
public class KioskLoginPage {

    private final WebDriver driver;

    public KioskLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the login page; the browser must already act as a terminal. */
    public static KioskLoginPage open(WebDriver driver, URL base) {
        driver.get(base + "kiosk/identity/login.xhtml");
        return new KioskLoginPage(driver);
    }

    /** Types the badge like a reader would, taps the PIN on the on-screen keypad, and submits. */
    public void logIn(String badge, String pin) {
        WebElement field = driver.findElement(By.id("login:badge"));
        field.clear();
        field.sendKeys(badge);
        tapPin("login:pin", pin);
        // Waits for the answer (the next page, or this one again with a refusal): navigating sooner aborts the login.
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("login:submit")).click());
    }

    /** Taps digits on the keypad that types into the given field. */
    void tapPin(String fieldId, String pin) {
        WebElement keypad = driver.findElement(By.cssSelector("[data-keypad-target='" + fieldId + "']"));
        keypad.findElement(By.cssSelector("[data-key='clear']")).click();
        for (char digit : pin.toCharArray()) {
            keypad.findElement(By.cssSelector("[data-key='" + digit + "']")).click();
        }
    }

    /** The refusal shown after a submit (waiting for the answer). */
    public String error() {
        return Waits.textOf(driver, By.cssSelector("#login\\:messages .kiosk-message-error"));
    }

    public String notice() {
        List<WebElement> notices = driver.findElements(By.id("ended"));
        return notices.isEmpty() ? "" : notices.get(0).getText();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("login:badge")).isEmpty();
    }
}
