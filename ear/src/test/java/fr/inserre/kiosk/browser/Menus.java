package fr.inserre.kiosk.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces drop-downs (p:selectOneMenu, plain or with columns): open one, pick an item by the text it shows. */
public final class Menus {

    private Menus() {
    }

    /** Opens the menu whose client id is given and clicks the item labelled {@code visibleText}. */
    public static void choose(WebDriver driver, String menuId, String visibleText) {
        choose(driver, menuId, label -> label.equals(visibleText), visibleText);
    }

    /** Same, for the first item whose label starts with the words given. */
    public static void chooseStartingWith(WebDriver driver, String menuId, String labelStart) {
        choose(driver, menuId, label -> label.startsWith(labelStart), labelStart);
    }

    /**
     * Opens the menu and clicks the matching item once it is laid out; picks again when the menu does not
     * show it after (under load a click can land while the panel is still opening, and is lost).
     */
    private static void choose(WebDriver driver, String menuId, java.util.function.Predicate<String> wanted,
            String description) {
        // PrimeFaces builds its widgets when the document is ready: a click on the menu before that (the
        // element is there as soon as it is parsed) opens nothing that works, and the pick is lost.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement menu = driver.findElement(By.id(menuId));
            centre(driver, menu);
            menu.click();
            WebElement panel = driver.findElement(By.id(menuId + "_panel"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.visibilityOf(panel));
            WebElement item = panel.findElements(By.cssSelector("li.ui-selectonemenu-item, tr.ui-selectonemenu-item")).stream()
                    .filter(li -> wanted.test(String.valueOf(li.getAttribute("data-label")))).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + description + " in " + menuId));
            wait.until(d -> item.isDisplayed() && item.getSize().getHeight() > 0);
            centre(driver, item);
            try {
                item.click();
            } catch (org.openqa.selenium.ElementNotInteractableException stillMoving) {
                // The panel was still sliding open (not interactable yet): the same click, sent by the page.
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> wanted.test(d.findElement(By.id(menuId + "_label")).getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException notPicked) {
                // picked again
            }
        }
        throw new AssertionError("could not pick " + description + " in " + menuId);
    }

    /**
     * Scrolls the element to the middle of the window: Selenium scrolls it to the top, under the staff
     * pages' sticky menu bar, which then takes the click.
     */
    public static void centre(WebDriver driver, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }
}
