package fr.inserre.kiosk.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An activity's description as a kiosk page shows it (tag i:description): its words, the language and
 * direction it is marked with, and the label of a French fallback ("" when it is in the reader's language).
 */
public record ShownDescription(String text, String lang, String dir, String fallbackLabel) {

    /** The description inside a block (a card, the detail's "what" line). */
    static ShownDescription in(WebElement block) {
        WebElement text = block.findElement(By.cssSelector(".written-text"));
        List<WebElement> label = block.findElements(By.cssSelector(".written-fallback"));
        return new ShownDescription(text.getText().strip(), text.getAttribute("lang"), text.getAttribute("dir"),
                label.isEmpty() ? "" : label.get(0).getText().strip());
    }
}
