package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An activity's sessions, /staff/schedule/sessions.xhtml, reached from the activities list. */
public class StaffSessionsPage {

    private final WebDriver driver;

    public StaffSessionsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Logs in, opens the activities list, then the sessions of the activity with that title, from a date. */
    public static StaffSessionsPage openAs(WebDriver driver, URL base, String login, String activityTitle,
            LocalDate from) {
        StaffLoginPage.open(driver, base).logIn(login, "inserre-" + login);
        driver.get(base + "staff/schedule/activities.xhtml");
        driver.findElement(By.linkText(activityTitle)).click();
        String sessionsUrl = driver.findElement(By.id("activity:sessions")).getAttribute("href");
        driver.get(sessionsUrl + "&from=" + from);
        return new StaffSessionsPage(driver);
    }

    /** Cancels the first session listed with the reason, and waits for the confirmation. */
    public String cancelFirst(String reason) {
        driver.findElement(By.cssSelector("#sessions\\:table_data > tr[data-ri='0'] button")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(By.id("sessions:reason")).isEmpty());
        driver.findElement(By.id("sessions:reason")).sendKeys(reason);
        driver.findElement(By.id("sessions:cancel-session")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sessions:messages")).getText().length() > 0);
        return driver.findElement(By.id("sessions:messages")).getText();
    }

    /** The first row's text (date, time, place, state). */
    public String firstRow() {
        return driver.findElement(By.cssSelector("#sessions\\:table_data > tr[data-ri='0']")).getText();
    }
}
