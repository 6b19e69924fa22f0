package fr.inserre.kiosk.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A {@link WebDriver} field of a browser test that gets a new headless browser before each test and
 * loses it after, pass or fail: {@code @FreshBrowser WebDriver driver;}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreshBrowser.Lifecycle.class)
public @interface FreshBrowser {

    /** Opens and quits the browsers of the annotated fields. */
    class Lifecycle implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) throws IllegalAccessException {
            for (Field field : fields(context)) {
                field.set(context.getRequiredTestInstance(), Browser.open());
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws IllegalAccessException {
            for (Field field : fields(context)) {
                WebDriver driver = (WebDriver) field.get(context.getRequiredTestInstance());
                if (driver != null) {
                    driver.quit();
                    field.set(context.getRequiredTestInstance(), null);
                }
            }
        }

        private static java.util.List<Field> fields(ExtensionContext context) {
            java.util.List<Field> found = new java.util.ArrayList<>();
            for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
                if (field.isAnnotationPresent(FreshBrowser.class) && WebDriver.class.equals(field.getType())) {
                    field.setAccessible(true);
                    found.add(field);
                }
            }
            return found;
        }
    }
}
