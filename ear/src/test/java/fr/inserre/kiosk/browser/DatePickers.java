package fr.inserre.kiosk.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces date pickers (p:datePicker): the calendar a typed date leaves open covers what is below it. */
public final class DatePickers {

    private DatePickers() {
    }

    /**
     * Closes the calendar the field opened before going on, by Escape, then by leaving the field (Tab),
     * then by a click on the page's title, whichever this Chromium honours.
     */
    public static void close(WebDriver driver, WebElement input) {
        List<Runnable> ways = List.of(() -> input.sendKeys(Keys.ESCAPE), () -> input.sendKeys(Keys.TAB),
                () -> driver.findElement(By.cssSelector(".staff-title")).click());
        for (Runnable way : ways) {
            if (staysHidden(driver)) {
                return;
            }
            way.run();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until(d -> !calendarShown(d));
            } catch (TimeoutException stillOpen) {
                // next way
            }
        }
        if (!staysHidden(driver)) {
            throw new AssertionError("the date picker's calendar stays open");
        }
    }

    /** No calendar for 400 ms: one that the field was about to open (after focus or typing) has had the time to. */
    private static boolean staysHidden(WebDriver driver) {
        for (int look = 0; look < 4; look++) {
            if (calendarShown(driver)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a pop-up calendar is on the page, its showing or hiding animation included: Selenium's isDisplayed is
     * false at the start of the fade-in (opacity 0), and a check made then let the calendar open over the button
     * clicked next (StaffAdmissionBrowserIT, CI of 2026-12-01). The overlay counts until PrimeFaces sets it to
     * display: none.
     */
    private static boolean calendarShown(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.ui-datepicker.ui-input-overlay, .p-datepicker-panel'))"
                        + ".some(function (p) { return !p.classList.contains('ui-datepicker-inline')"
                        + " && getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0; });"));
    }
}
