package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The roster import, /staff/admission/import.xhtml: upload, dry-run, import with progress. */
public class StaffRosterImportPage {

    private final WebDriver driver;

    public StaffRosterImportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static StaffRosterImportPage openAs(WebDriver driver, URL base, String login, String password) {
        StaffLoginPage.open(driver, base).logIn(login, password);
        driver.get(base + "staff/admission/import.xhtml");
        return new StaffRosterImportPage(driver);
    }

    /** Chooses the file (the upload starts by itself) and waits for the dry-run's answer. */
    public void upload(Path file) {
        driver.findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
        wait(60).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("import:preview")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import\\:messages .ui-messages-error"))));
    }

    public String count(String name) {
        return driver.findElement(By.id("count-" + name)).getText();
    }

    public String rejected() {
        return driver.findElement(By.id("import:rejected")).getText();
    }

    /** Rows of the problems table: line, column, problem. */
    public List<List<String>> problems() {
        return driver.findElements(By.cssSelector("#import\\:problems_data > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    public boolean canConfirm() {
        return !driver.findElements(By.id("import:confirm")).isEmpty();
    }

    /** Confirms the import and waits for its end (progress bar, then result). */
    public void confirm() {
        driver.findElement(By.id("import:confirm")).click();
        wait(120).until(ExpectedConditions.presenceOfElementLocated(By.id("import:result")));
    }

    public String done(String name) {
        return driver.findElement(By.id("done-" + name)).getText();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
