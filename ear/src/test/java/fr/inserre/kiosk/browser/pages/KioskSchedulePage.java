package fr.inserre.kiosk.browser.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Mon planning", /kiosk/schedule/week.xhtml, and the detail of one item. */
public class KioskSchedulePage {

    private final WebDriver driver;

    public KioskSchedulePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Mon planning" tile of the kiosk home. */
    public static KioskSchedulePage fromHome(WebDriver driver) {
        driver.findElement(By.id("tile-schedule")).click();
        return new KioskSchedulePage(driver);
    }

    public String title() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    /** The items listed for a day of the week shown (empty if the day is not shown or has none). */
    public List<WebElement> itemsOn(LocalDate date) {
        List<WebElement> days = driver.findElements(By.id("day-" + date));
        if (days.isEmpty()) {
            return List.of();
        }
        return days.get(0).findElements(By.xpath("./ancestor::section[1]//li[contains(@class,'schedule-item')]"));
    }

    public String dayTitle(LocalDate date) {
        return driver.findElement(By.id("day-" + date)).getText();
    }

    public KioskSchedulePage nextWeek() {
        driver.findElement(By.id("next-week")).click();
        return new KioskSchedulePage(driver);
    }

    public WebElement nextWeekButton() {
        return driver.findElement(By.id("next-week"));
    }

    /** Taps an item: its detail page. */
    public KioskSchedulePage open(WebElement item) {
        item.findElement(By.tagName("a")).click();
        return new KioskSchedulePage(driver);
    }

    /** On the detail page: the text of a fact (when, place, bring, reason...), by id. */
    public String fact(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** On the detail page: what the activity is ("C'est quoi ?"). */
    public ShownDescription description() {
        return ShownDescription.in(driver.findElement(By.id("what")));
    }

    /** The first item of the week shown whose text contains these words, if any. */
    public java.util.Optional<WebElement> item(String words) {
        return driver.findElements(By.cssSelector("li.schedule-item")).stream()
                .filter(item -> item.getText().contains(words)).findFirst();
    }

    public boolean showsItem() {
        return !driver.findElements(By.id("item")).isEmpty();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}
