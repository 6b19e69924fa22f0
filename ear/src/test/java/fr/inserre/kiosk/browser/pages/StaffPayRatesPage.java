package fr.inserre.kiosk.browser.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pay rates page, /staff/pay/rates.xhtml: today's rates, the direction's form, the history. */
public class StaffPayRatesPage {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebDriver driver;
    private final Wait<WebDriver> wait;

    public StaffPayRatesPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.id("rates:current")).isEmpty());
    }

    /** The text of today's row of a rate item (by its position in the table, the items' order). */
    public String currentRow(int index) {
        return wait.until(d -> d.findElement(By.cssSelector("#rates\\:current_data > tr[data-ri='" + index + "']")).getText());
    }

    /** Fills the direction's form (the item is the one already chosen, the minimum wage) and submits it. */
    public String recordMinimumWage(LocalDate from, String value) {
        WebElement fromField = driver.findElement(By.id("rates:from_input"));
        fromField.sendKeys(FRENCH_DATE.format(from));
        // An open calendar covers the amount below it (the fresh-clone run timed out typing the amount).
        fr.inserre.kiosk.browser.DatePickers.close(driver, fromField);
        // The number field is a script widget, set up again after each answer: type once it holds what was typed.
        wait.until(d -> {
            WebElement amount = d.findElement(By.id("rates:value_input"));
            amount.clear();
            amount.sendKeys(value);
            String held = d.findElement(By.id("rates:value_hinput")).getDomProperty("value");
            return held != null && !held.isBlank();
        });
        WebElement before = driver.findElement(By.id("rates:messages"));
        driver.findElement(By.id("rates:schedule")).click();
        // The answer replaces the form: wait for it, so that the previous message is not read again.
        fr.inserre.kiosk.browser.Waits.gone(driver, before, Duration.ofSeconds(30));
        return wait.until(d -> d.findElements(By.cssSelector("#rates\\:messages .ui-messages-info, "
                + "#rates\\:messages .ui-messages-error")).stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .findFirst().orElse(null));
    }

    private List<WebElement> historyRows() {
        return driver.findElements(By.cssSelector("#rates\\:history_data > tr[data-ri]"));
    }

    /** The history row that starts on this day, if any. */
    public Optional<String> historyRow(LocalDate from) {
        String day = FRENCH_DATE.format(from);
        return historyRows().stream().map(WebElement::getText).filter(text -> text.contains(day)).findFirst();
    }

    /** Withdraws the value that starts on this day and waits for the confirmation. */
    public String withdraw(LocalDate from) {
        String day = FRENCH_DATE.format(from);
        historyRows().stream().filter(row -> row.getText().contains(day)).findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        return wait.until(d -> d.findElements(By.cssSelector("#rates\\:messages .ui-messages-info")).stream()
                .map(WebElement::getText).filter(t -> t.contains("retirée")).findFirst().orElse(null));
    }
}
