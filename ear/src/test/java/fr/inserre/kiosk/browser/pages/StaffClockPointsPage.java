package fr.inserre.kiosk.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /staff/terminals/clock-points.xhtml: which activities each workshop terminal clocks for. */
public class StaffClockPointsPage {

    private final WebDriver driver;
    private final Wait<WebDriver> wait;

    public StaffClockPointsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.id("points:table")).isEmpty());
    }

    /** The text of each link's row: terminal code, place, activity. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#points\\:table_data > tr[data-ri]")).stream().map(WebElement::getText)
                .toList();
    }

    /** Unlinks the row holding both texts; returns the confirmation. */
    public String unbind(String terminalCode, String activity) {
        WebElement row = driver.findElements(By.cssSelector("#points\\:table_data > tr[data-ri]")).stream()
                .filter(r -> r.getText().contains(terminalCode) && r.getText().contains(activity)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + terminalCode + " / " + activity + " in " + rows()));
        return answerTo(() -> row.findElement(By.tagName("button")).click());
    }

    /** Picks the terminal and the activity by the start of their labels, links them; returns the confirmation. */
    public String bind(String terminalCode, String activity) {
        fr.inserre.kiosk.browser.Menus.chooseStartingWith(driver, "points:terminal", terminalCode);
        fr.inserre.kiosk.browser.Menus.chooseStartingWith(driver, "points:activity", activity);
        return answerTo(() -> driver.findElement(By.id("points:bind")).click());
    }

    private String answerTo(Runnable action) {
        WebElement before = driver.findElement(By.id("points:messages"));
        action.run();
        fr.inserre.kiosk.browser.Waits.gone(driver, before, Duration.ofSeconds(30));
        return wait.until(d -> d.findElements(By.cssSelector("#points\\:messages .ui-messages-info, "
                + "#points\\:messages .ui-messages-error")).stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .findFirst().orElse(null));
    }

}
