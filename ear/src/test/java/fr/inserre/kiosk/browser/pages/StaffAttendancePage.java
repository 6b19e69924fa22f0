package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff attendance pages: today's sessions, a session's roll-call, the timesheets and their week. */
public class StaffAttendancePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public StaffAttendancePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Logs in and opens today's sessions. */
    public static StaffAttendancePage openTodayAs(WebDriver driver, URL base, String login) {
        StaffLoginPage.open(driver, base).logIn(login, "inserre-" + login);
        driver.get(base + "staff/attendance/today.xhtml");
        return new StaffAttendancePage(driver);
    }

    /** Opens the roll-call of today's session whose row contains the text (e.g. its place). */
    public StaffAttendancePage openRollCall(String rowText) {
        WebElement row = driver.findElements(By.cssSelector("#sessions_data > tr")).stream()
                .filter(r -> r.getText().contains(rowText)).findFirst()
                .orElseThrow(() -> new AssertionError("no session row with " + rowText + ": "
                        + driver.findElement(By.id("sessions")).getText()));
        row.findElement(By.linkText("Faire l'appel")).click();
        wait.until(d -> !d.findElements(By.id("session-title")).isEmpty());
        return this;
    }

    /** The roll-call line (row) whose text contains the text, e.g. a name. */
    public WebElement line(String text) {
        return driver.findElements(By.cssSelector("#rollcall\\:lines_data > tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text));
    }

    public List<String> lines() {
        return driver.findElements(By.cssSelector("#rollcall\\:lines_data > tr")).stream().map(WebElement::getText)
                .toList();
    }

    /** "Présent" on the line, then the message. */
    public String present(String text) {
        String before = messages("#rollcall\\:messages");
        line(text).findElement(By.cssSelector("button[id$=':present']")).click();
        return message("#rollcall\\:messages", before);
    }

    /** "Absent" with the reason's label on the line, then the message. */
    public String absent(WebElement line, String reasonLabel) {
        new Select(line.findElement(By.cssSelector("select[id$=':reason']"))).selectByVisibleText(reasonLabel);
        String before = messages("#rollcall\\:messages");
        line.findElement(By.cssSelector("button[id$=':absent']")).click();
        return message("#rollcall\\:messages", before);
    }

    /** Waits for the container's messages to change from what they were before the action, and reads them. */
    private String message(String container, String before) {
        wait.until(d -> !d.findElements(By.cssSelector(container + " .ui-messages-info, " + container
                + " .ui-messages-error")).isEmpty() && !messages(container).equals(before));
        return messages(container);
    }

    private String messages(String container) {
        List<WebElement> found = driver.findElements(By.cssSelector(container));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Opens the timesheets of this week for the activity (by its label in the menu). */
    public StaffAttendancePage openTimesheets(URL base, String activity) {
        driver.get(base + "staff/attendance/timesheets.xhtml");
        if (!driver.findElement(By.id("timesheets:activity_label")).getText().equals(activity)) {
            fr.inserre.kiosk.browser.Menus.choose(driver, "timesheets:activity", activity);
        }
        String before = driver.findElement(By.id("timesheets:table_data")).getText();
        driver.findElement(By.id("timesheets:apply")).click();
        wait.until(d -> !d.findElement(By.id("timesheets:table_data")).getText().equals(before));
        return this;
    }

    /**
     * The timesheet row whose text contains the text, once the table shows it: the table may still be replaced by
     * the filter's answer while its rows are read (a stale row failed the fresh-clone run).
     */
    public WebElement timesheet(String text) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#timesheets\\:table_data > tr")).stream()
                            .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("no timesheet with " + text + ": "
                    + driver.findElement(By.id("timesheets:table_data")).getText(), e);
        }
    }

    /** Closes the week's dialog. */
    public void closeWeek() {
        driver.findElement(By.cssSelector("#weekDialog .ui-dialog-titlebar-close")).click();
        wait.until(d -> !d.findElement(By.id("weekDialog")).isDisplayed());
    }

    /** Opens the row's week, validates it, and returns the page's message. */
    public String validate(String text) {
        timesheet(text).findElement(By.cssSelector("button[id$=':open']")).click();
        wait.until(d -> d.findElement(By.id("weekForm:validate")).isDisplayed());
        String before = messages("#timesheets\\:messages");
        driver.findElement(By.id("weekForm:validate")).click();
        return message("#timesheets\\:messages", before);
    }

    /** Switches the timesheets to the month and returns the month sheet's row (person and activity) with the text. */
    public String monthSheet(String text) {
        wait.until(d -> d.findElements(By.cssSelector(".ui-dialog-mask, .ui-widget-overlay")).stream()
                .noneMatch(WebElement::isDisplayed));
        driver.findElement(By.cssSelector("label[for='timesheets:month:1']")).click();
        driver.findElement(By.id("timesheets:apply")).click();
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#timesheets\\:monthTable_data > tr")).stream()
                            .map(WebElement::getText).filter(r -> r.contains(text)).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("no month sheet with " + text + ": " + driver.findElement(By.id("month-sheets")).getText(),
                    e);
        }
    }

    public String weekStatus() {
        return driver.findElement(By.id("week-status")).getText();
    }
}
