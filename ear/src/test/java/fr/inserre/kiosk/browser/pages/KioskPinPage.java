package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The kiosk page where a detainee chooses their own PIN, /kiosk/identity/pin.xhtml. */
public class KioskPinPage {

    private final WebDriver driver;

    public KioskPinPage(WebDriver driver) {
        this.driver = driver;
    }

    public boolean isShown() {
        return driver.getCurrentUrl().contains("/kiosk/identity/pin.xhtml");
    }

    /** Taps the new PIN twice on the keypads and saves. */
    public void choose(String pin) {
        KioskLoginPage keys = new KioskLoginPage(driver);
        keys.tapPin("pin:newPin", pin);
        keys.tapPin("pin:confirmation", pin);
        // Waits for the answer, so that what is read next is not the page that was submitted.
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("pin:save")).click());
    }
}
