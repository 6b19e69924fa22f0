package fr.inserre.kiosk.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Any of the friendly error pages (/WEB-INF/errorpages). */
public class ErrorPage {

    private final WebDriver driver;

    public ErrorPage(WebDriver driver) {
        this.driver = driver;
    }

    public String title() {
        return driver.findElement(By.id("error-title")).getText();
    }

    public String text() {
        return driver.findElement(By.id("error-text")).getText();
    }

    public String homeLink() {
        return driver.findElement(By.id("error-home")).getAttribute("href");
    }

    public String source() {
        return driver.getPageSource();
    }
}
