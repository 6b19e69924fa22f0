package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.Menus;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff list of detainees, /staff/detainees/list.xhtml (PrimeFaces lazy table). */
public class StaffDetaineeListPage {

    private final WebDriver driver;

    @FindBy(css = "main h1")
    private WebElement title;

    public StaffDetaineeListPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    /** Logs in as a demo staff member (password inserre-<login>) and opens this list. */
    public static StaffDetaineeListPage openAs(WebDriver driver, URL base, String login) {
        StaffLoginPage.open(driver, base).logIn(login, "inserre-" + login);
        driver.get(base + "staff/detainees/list.xhtml");
        return new StaffDetaineeListPage(driver);
    }

    public String title() {
        return title.getText();
    }

    /** "120 résultat(s)": the paginator's report, once the table is there (a loaded machine renders slowly). */
    public String report() {
        return Waits.textOf(driver, By.cssSelector("#detainees\\:table .ui-paginator-current"));
    }

    public List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#detainees\\:table_data > tr[data-ri]"));
    }

    /** The texts of one column on the current page, by column id (prisonNumber, name, cell...). */
    public List<String> column(String columnId) {
        int index = index(columnId);
        return rows().stream().map(row -> row.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private int index(String columnId) {
        List<WebElement> headers = driver.findElements(By.cssSelector("#detainees\\:table_head th"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getAttribute("id").endsWith(":" + columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + columnId);
    }

    /** Types in a column's filter and waits for the table to reload with a different report. */
    public StaffDetaineeListPage filter(String columnId, String text) {
        String before = report();
        WebElement input = driver.findElement(By.cssSelector("#detainees\\:table\\:" + columnId + " input"));
        input.clear();
        input.sendKeys(text);
        waitForReportOtherThan(before);
        return this;
    }

    /**
     * Filters on one prison number and waits until the table shows that person only (the report may not
     * change: a list of one person filtered on them is still one result).
     */
    public StaffDetaineeListPage only(String prisonNumber) {
        WebElement input = driver.findElement(By.cssSelector("#detainees\\:table\\:prisonNumber input"));
        input.clear();
        input.sendKeys(prisonNumber);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> column("prisonNumber").equals(List.of(prisonNumber)));
        return this;
    }

    /** Picks a value in a column's drop-down filter (by visible text) and waits for the reload. */
    public StaffDetaineeListPage filterBySelect(String columnId, String selectId, String visibleText) {
        String before = report();
        Menus.choose(driver, "detainees:table:" + selectId, visibleText);
        waitForReportOtherThan(before);
        return this;
    }

    /** Clicks a column header to sort, and waits for the first row to change. */
    public StaffDetaineeListPage sortBy(String columnId) {
        String firstRow = rows().isEmpty() ? "" : rows().get(0).getText();
        // The title, not the header's centre, which holds the filter input.
        driver.findElement(By.cssSelector("#detainees\\:table\\:" + columnId + " .ui-column-title")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !rows().isEmpty() && !rows().get(0).getText().equals(firstRow));
        return this;
    }

    private void waitForReportOtherThan(String before) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !report().equals(before));
    }

    public String emptyMessage() {
        return driver.findElement(By.cssSelector("#detainees\\:table_data .ui-datatable-empty-message")).getText();
    }
}
