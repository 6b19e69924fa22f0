package fr.inserre.kiosk.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces drop-downs (p:selectOneMenu): open one, pick an item by the text it shows. */
public final class Menus {

    private Menus() {
    }

    /** Opens the menu whose client id is given and clicks the item labelled {@code visibleText}. */
    public static void choose(WebDriver driver, String menuId, String visibleText) {
        // PrimeFaces builds its widgets when the document is ready: a click on the menu before that (the
        // element is there as soon as it is parsed) opens nothing that works, and the pick is lost.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        driver.findElement(By.id(menuId)).click();
        WebElement panel = driver.findElement(By.id(menuId + "_panel"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(panel));
        panel.findElement(By.cssSelector("li[data-label='" + visibleText + "']")).click();
    }
}
