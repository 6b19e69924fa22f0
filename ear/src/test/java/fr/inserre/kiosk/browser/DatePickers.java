package fr.inserre.kiosk.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
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
            if (!calendarShown(driver)) {
                return;
            }
            way.run();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until(d -> !calendarShown(d));
                return;
            } catch (TimeoutException stillOpen) {
                // next way
            }
        }
        throw new AssertionError("the date picker's calendar stays open");
    }

    private static boolean calendarShown(WebDriver driver) {
        return driver.findElements(By.cssSelector(".ui-datepicker-group")).stream().anyMatch(WebElement::isDisplayed);
    }
}
