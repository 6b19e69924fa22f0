package fr.inserre.kiosk.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting for what a page shows after a submit: under the suite's load an answer can take seconds. */
public final class Waits {

    private Waits() {
    }

    /** The text of the first element found, once there and not blank (15 s at most). */
    public static String textOf(WebDriver driver, By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> shown = d.findElements(element);
                    return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
                });
    }

    /**
     * Does something that loads a new page (a submit) and waits until the old page is gone, so that
     * what is read next is not the previous page's (e.g. the same refusal shown twice).
     */
    public static void newPageAfter(WebDriver driver, Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        gone(driver, before, Duration.ofSeconds(30));
    }

    /**
     * Waits until the element has left the page (its page or table replaced by an answer). Chromium 156
     * sometimes reports a replaced element as "Node with given id does not belong to the document"
     * instead of a stale reference: both mean gone (ExpectedConditions.stalenessOf threw on the first).
     */
    public static void gone(WebDriver driver, WebElement element, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
