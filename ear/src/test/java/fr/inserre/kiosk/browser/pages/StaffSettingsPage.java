package fr.inserre.kiosk.browser.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The establishment's settings, /staff/establishment/settings.xhtml (the direction). */
public final class StaffSettingsPage {

    private StaffSettingsPage() {
    }

    /**
     * Sets the demo establishment's kiosk idle timeout as the direction would, in a browser of its own
     * (tests shorten it to see the countdown, then put the demo's 120 s back).
     */
    public static void setKioskIdleTimeout(URL base, int seconds) {
        WebDriver direction = Browser.open();
        try {
            StaffLoginPage.open(direction, base).logIn("direction", "inserre-direction");
            direction.get(base + "staff/establishment/settings.xhtml");
            // EL's replace('{0}', number) picks String.replace(char, char): the help once showed no figures.
            String help = direction.findElement(By.id("settings:idle-help")).getText();
            assertTrue(help.matches("Entre \\d+ et \\d+ secondes.*"), help);
            direction.findElement(By.id("settings:idle")).clear();
            direction.findElement(By.id("settings:idle")).sendKeys(String.valueOf(seconds));
            direction.findElement(By.id("settings:save")).click();
            new WebDriverWait(direction, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("settings:messages")).getText().contains("Réglages enregistrés"));
        } finally {
            direction.quit();
        }
    }
}
