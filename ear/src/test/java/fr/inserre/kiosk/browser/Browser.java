package fr.inserre.kiosk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium with an
 * explicit driver path, so that nothing is downloaded at test time (SE_OFFLINE=true in the build).
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("inserre.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("inserre.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A new headless browser with a touch-kiosk sized window (1280 x 900). */
    public static WebDriver open() {
        return open(new ChromeOptions());
    }

    /**
     * The same browser, keeping Chromium's DevTools network events (Network.responseReceived,
     * Network.loadingFinished with the bytes on the wire) in WebDriver's "performance" log: see
     * {@link NetworkLog}.
     */
    public static ChromeDriver openWithNetworkLog() {
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        options.setExperimentalOption("perfLoggingPrefs", java.util.Map.of("enableNetwork", true, "enablePage", false));
        return open(options);
    }

    private static ChromeDriver open(ChromeOptions options) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and ChromeDriver: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver (looked for "
                    + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Keeps a screenshot under ear/target/screenshots, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }
}
