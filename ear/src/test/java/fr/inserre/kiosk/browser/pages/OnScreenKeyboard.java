package fr.inserre.kiosk.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The large-key keyboard of a kiosk form (tag i:keyboard), found by the text area it types into. */
public class OnScreenKeyboard {

    private final WebElement board;

    public OnScreenKeyboard(WebDriver driver, String targetId) {
        this.board = driver.findElement(By.cssSelector("[data-keyboard-target='" + targetId + "']"));
    }

    /** Taps the keys of a text: the capital key before a capital, the space bar for spaces. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                key("space").click();
            } else if (Character.isUpperCase(c)) {
                key("shift").click();
                key(String.valueOf(Character.toLowerCase(c))).click();
            } else {
                key(String.valueOf(c)).click();
            }
        }
    }

    public void erase() {
        key("erase").click();
    }

    /** The number of characters left, as shown. */
    public String left() {
        return board.findElement(By.cssSelector("[data-keyboard-left]")).getText();
    }

    public WebElement key(String value) {
        return board.findElement(By.cssSelector("[data-key=\"" + value + "\"]"));
    }
}
