package fr.inserre.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real escape attempts with the real Debian Chromium and the policies of the built package, which
 * Chromium reads only from /etc/chromium/policies/managed: each browser runs in a private mount
 * namespace ({@code unshare -m}) where a copy of /etc/chromium with the package's policies is
 * bind-mounted over the real one, so the machine's own Chromium (and the other tests') stays
 * untouched. The kiosk server is a small local HTTP server on 127.0.0.1 serving pages at
 * {@code /inserre/kiosk/} with a download link, a window.open button and a print button; the
 * server's policy file is written by the package's own write-server-policy.
 * <p>
 * ChromeDriver needs the DevTools channel, which {@code DeveloperToolsAvailability: 2} closes: the
 * route tests run with every policy but that one, and one test proves that one by its effect (no
 * automation can attach). A control browser with the server policy only shows the same routes open,
 * so that every "blocked" here is the policies' doing and the tests can fail.
 * <p>
 * Needs root, {@code unshare} and Chromium with ChromeDriver (CI has them): without them the tests
 * are skipped with a loud reason. The outcome of every route is printed and written to
 * {@code target/escape-routes.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChromiumEscapeIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("inserre.chromium", "/usr/bin/chromium"));
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("inserre.chromedriver", "/usr/bin/chromedriver"));
    /** Chromium's page for ERR_BLOCKED_BY_ADMINISTRATOR (a URLBlocklist match), in English (--lang=en-US). */
    private static final String BLOCKED = "Your organization doesn\u2019t allow you to view this site";
    private static final String DEVTOOLS_POLICY = "DeveloperToolsAvailability";

    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private Path work;
    private HttpServer server;
    private int port;
    private String kiosk;
    private Path downloads;
    private WebDriver browser;
    /** A virtual X display (Xvfb), so that Chromium runs with its real window and dialogs; null: headless. */
    private Process xvfb;
    private String display;

    @BeforeAll
    void packageAndServer() throws Exception {
        String missing = missingCapability();
        if (missing != null) {
            String reason = "CHROMIUM ESCAPE TESTS SKIPPED: " + missing + ". CI runs them as root with unshare and "
                    + "Debian's chromium + chromium-driver; here they did NOT run.";
            System.err.println("\n" + "!".repeat(100) + "\n" + reason + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(reason);
        }
        work = Files.createTempDirectory("inserre-escape");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ChromiumEscapeIT::serve);
        server.start();
        port = server.getAddress().getPort();
        kiosk = "http://127.0.0.1:" + port + "/inserre/kiosk/";
        downloads = Files.createDirectories(work.resolve("downloads"));
        startXvfb();
    }

    /** Xvfb on a free display number, when installed (CI installs it): the print dialog needs a display. */
    private void startXvfb() throws Exception {
        if (!Files.isExecutable(XVFB)) {
            System.err.println("Xvfb not installed: Chromium runs headless, the print test is skipped.");
            return;
        }
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 200; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process started = new ProcessBuilder(XVFB.toString(), ":" + n, "-screen", "0", "1280x800x24", "-nolisten",
                    "tcp").redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
            for (int wait = 0; wait < 50 && started.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); wait++) {
                Thread.sleep(100);
            }
            if (started.isAlive()) {
                xvfb = started;
                display = ":" + n;
                return;
            }
        }
        throw new IllegalStateException("Xvfb did not start: " + Files.readString(work.resolve("xvfb.log")));
    }

    /** Null when this machine can run the tests; otherwise what it lacks. */
    private static String missingCapability() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "no " + CHROMIUM + " or " + CHROMEDRIVER;
        }
        try {
            Process probe = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                    "mount -t tmpfs none /mnt && umount /mnt").redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(10, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return "no private mount namespace (unshare -m needs root / CAP_SYS_ADMIN): " + out.strip();
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "unshare cannot run: " + e.getMessage();
        }
    }

    /** The test kiosk server: kiosk pages, a file to download, a page outside the kiosk's path. */
    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/inserre/kiosk/")) {
            body = "<!DOCTYPE html><html><head><title>Kiosk</title></head><body>"
                    + "<h1 id='kiosk'>Kiosk served</h1>"
                    + "<a id='download' href='/inserre/kiosk/file.txt' download='file.txt'>download</a> "
                    + "<a id='blank' href='/inserre/kiosk/popup' target='_blank'>new window</a> "
                    + "<button id='open' onclick=\"window.open('/inserre/kiosk/popup', '_blank')\">open</button> "
                    + "<button id='print' onclick='setTimeout(function () { window.print(); }, 0)'>print</button>"
                    + "<script>window.beforePrint = 0; addEventListener('beforeprint', function () { "
                    + "window.beforePrint++; });</script></body></html>";
        } else if (path.equals("/inserre/kiosk/file.txt")) {
            body = "a file that must never reach the terminal's disk";
            type = "text/plain";
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=file.txt");
        } else if (path.equals("/inserre/kiosk/auto-popup")) {
            // window.open at load, without any user activation: what DefaultPopupsSetting decides.
            body = "<!DOCTYPE html><title>Auto popup</title><script>window.opened = "
                    + "window.open('/inserre/kiosk/popup', '_blank') !== null;</script>";
        } else if (path.equals("/inserre/kiosk/popup")) {
            body = "<!DOCTYPE html><title>Popup</title><p id='popup'>popup</p>";
        } else {
            body = "<!DOCTYPE html><title>Outside</title><p id='outside'>outside the kiosk</p>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A copy of /etc/chromium whose policies/managed holds the given policy files: the package's
     * lockdown file (optionally without one policy) and, when asked, the server file that the
     * package's write-server-policy writes for the test server.
     */
    private Path etcChromium(String name, boolean lockdown, String without, boolean serverPolicy) throws Exception {
        Path etc = Files.createDirectories(work.resolve(name));
        Path managed = Files.createDirectories(etc.resolve("policies/managed"));
        try (Stream<Path> own = Files.list(Path.of("/etc/chromium"))) {
            for (Path file : own.filter(Files::isRegularFile).toList()) {
                Files.copy(file, etc.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        DebPackage deb = DebPackage.built();
        if (lockdown) {
            String json = deb.file("etc/chromium/policies/managed/inserre-kiosk.json").text();
            if (without != null) {
                json = json.replaceAll("\\n\\s*\"" + without + "\": [^,\\n]+,", "");
                assertFalse(json.contains(without), "removed " + without);
            }
            Files.writeString(managed.resolve("inserre-kiosk.json"), json);
        }
        if (serverPolicy) {
            Path pkg = deb.extractTo(Files.createDirectories(work.resolve(name + "-pkg")));
            ProcessBuilder builder = new ProcessBuilder(pkg.resolve("usr/lib/inserre-kiosk/write-server-policy").toString(),
                    "http://127.0.0.1:" + port + "/inserre").redirectErrorStream(true);
            builder.environment().put("INSERRE_KIOSK_LIB", pkg.resolve("usr/lib/inserre-kiosk").toString());
            builder.environment().put("INSERRE_KIOSK_POLICIES", managed.toString());
            builder.environment().put("INSERRE_KIOSK_ALLOW_HTTP", "1");
            Process run = builder.start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, run.waitFor(), out);
        }
        return etc;
    }

    /** Chromium as the kiosk starts it (its flags file, headless here), in its own mount namespace. */
    private WebDriver start(Path etcChromium) throws Exception {
        Path wrapper = work.resolve("chromium-" + etcChromium.getFileName());
        Files.writeString(wrapper, "#!/bin/sh\n"
                + "exec unshare -m --propagation private sh -c 'mount --bind \"$0\" /etc/chromium && exec \"$@\"' "
                + "'" + etcChromium + "' " + CHROMIUM + " \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(wrapper.toString());
        options.addArguments(kioskFlags());
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--lang=en-US");
        if (display == null) {
            options.addArguments("--headless=new");
        }
        // ChromeDriver adds --disable-popup-blocking by default; the kiosk has no such switch.
        options.setExperimentalOption("excludeSwitches", List.of("disable-popup-blocking"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort();
        if (display != null) {
            service.withEnvironment(Map.of("DISPLAY", display));
        }
        WebDriver driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        // Chromium 156 shows its omnibox popup as WebUI pages that ChromeDriver lists as windows, and
        // now and then hands one of them over as the current window: drive the tab, as the kiosk user sees it.
        driver.switchTo().window(pageTabs(driver).get(0));
        return driver;
    }

    /**
     * The browser's tabs, without the pages of its own interface (chrome://*.top-chrome/, such as the
     * omnibox popup): those have no address bar the user can reach and are not under the popup blocker.
     */
    private static List<String> pageTabs(WebDriver driver) {
        String current = null;
        try {
            current = driver.getWindowHandle();
        } catch (WebDriverException noCurrentWindow) {
            // the current window may be gone; any tab will do then
        }
        List<String> tabs = new ArrayList<>();
        for (String handle : driver.getWindowHandles()) {
            String url = driver.switchTo().window(handle).getCurrentUrl();
            if (!(url.startsWith("chrome://") && url.contains(".top-chrome/"))) {
                tabs.add(handle);
            }
        }
        if (current != null) {
            driver.switchTo().window(current);
        }
        return tabs;
    }

    /** The package's Chromium flags, without the Wayland one (headless has its own display). */
    private static List<String> kioskFlags() {
        List<String> flags = new ArrayList<>();
        for (String line : DebPackage.built().file("usr/lib/inserre-kiosk/chromium-flags").text().split("\n")) {
            String flag = line.strip();
            if (!flag.isEmpty() && !flag.startsWith("#") && !flag.startsWith("--ozone-platform")) {
                flags.add(flag);
            }
        }
        return flags;
    }

    private WebDriver lockdown() throws Exception {
        if (browser == null) {
            browser = start(etcChromium("lockdown", true, DEVTOOLS_POLICY, true));
        }
        return browser;
    }

    /** A browser of its own with the lockdown, for a test that leaves windows or dialogs behind. */
    private WebDriver freshLockdown() throws Exception {
        return start(etcChromium("lockdown", true, DEVTOOLS_POLICY, true));
    }

    /** Opens the address; what the browser shows: its page source, or the navigation error. */
    private static String open(WebDriver driver, String url) {
        try {
            driver.get(url);
            return driver.getPageSource();
        } catch (WebDriverException refused) {
            return refused.getMessage();
        }
    }

    private void blocked(String route, String url, String mustNotShow) throws Exception {
        String shown = open(lockdown(), url);
        boolean blockedByPolicy = shown.contains(BLOCKED);

        outcomes.put(route, blockedByPolicy ? "blocked: \"This page is blocked\" (ERR_BLOCKED_BY_ADMINISTRATOR)"
                : "NOT BLOCKED");
        assertTrue(blockedByPolicy, route + ": " + shown.substring(0, Math.min(400, shown.length())));
        assertFalse(shown.contains(mustNotShow), route);
    }

    private String kioskPage(WebDriver driver) {
        driver.get(kiosk);
        return driver.findElement(By.id("kiosk")).getText();
    }

    @Test
    @Order(1)
    void kioskServerPage_loads() throws Exception {
        String heading = kioskPage(lockdown());
        outcomes.put("kiosk server " + kiosk, "loads");

        assertEquals("Kiosk served", heading);
    }

    @Test
    @Order(2)
    void localFile_isBlocked() throws Exception {
        blocked("file:///etc/passwd", "file:///etc/passwd", "root:x:0:0");
    }

    @Test
    @Order(3)
    void chromeSettings_isBlocked() throws Exception {
        blocked("chrome://settings", "chrome://settings", "settings-ui");
    }

    @Test
    @Order(4)
    void chromeDownloads_isBlocked() throws Exception {
        blocked("chrome://downloads", "chrome://downloads", "downloads-manager");
    }

    @Test
    @Order(5)
    void chromePolicyAndFlags_areBlocked() throws Exception {
        blocked("chrome://policy", "chrome://policy", "policy-table");
        blocked("chrome://flags", "chrome://flags", "flagsTemplate");
    }

    @Test
    @Order(6)
    void anotherHost_isBlocked_evenOnTheSameMachine() throws Exception {
        blocked("another host (http://localhost:<port>/inserre/kiosk/, same server by another name)",
                "http://localhost:" + port + "/inserre/kiosk/", "Kiosk served");
    }

    @Test
    @Order(7)
    void anotherPathOfTheKioskHost_isBlocked() throws Exception {
        blocked("same host outside the application (/other/)", "http://127.0.0.1:" + port + "/other/", "outside the kiosk");
    }

    @Test
    @Order(8)
    void dataUrl_isBlocked() throws Exception {
        blocked("data: URL", "data:text/html,<h1 id='escaped'>escaped</h1>", "<h1 id=\"escaped\">");
    }

    @Test
    @Order(9)
    void javascriptUrl_doesNotRun() throws Exception {
        WebDriver driver = lockdown();
        kioskPage(driver);
        String shown = open(driver, "javascript:document.title='escaped';void(0)");
        String title = driver.getTitle();
        outcomes.put("javascript: URL typed", "inert (" + (shown.contains(BLOCKED) ? BLOCKED
                : "title stays '" + title + "'") + ")");

        assertFalse(title.contains("escaped"), "the javascript: address did not run");
    }

    @Test
    @Order(10)
    void downloadLink_downloadsNothing() throws Exception {
        WebDriver driver = freshLockdown();
        try {
            kioskPage(driver);
            driver.findElement(By.id("download")).click();
            Thread.sleep(2_500);
        } finally {
            driver.quit();
        }
        List<String> files = listDownloads();
        outcomes.put("download link (same server)", files.isEmpty() ? "inert: nothing written to disk"
                : "DOWNLOADED " + files);

        assertEquals(List.of(), files);
    }

    @Test
    @Order(11)
    void windowOpen_withoutAUserGesture_opensNoWindow() throws Exception {
        WebDriver driver = freshLockdown();
        try {
            driver.get("http://127.0.0.1:" + port + "/inserre/kiosk/auto-popup");
            String kioskWindow = driver.getWindowHandle();
            Thread.sleep(500);
            Object opened = ((JavascriptExecutor) driver).executeScript("return window.opened;");
            // Count the windows showing the popup, not the windows: the browser's own start-up tabs
            // can appear late, and only the popup's address tells that a script opened one.
            List<String> popups = new ArrayList<>();
            for (String handle : driver.getWindowHandles()) {
                String url = driver.switchTo().window(handle).getCurrentUrl();
                if (url.contains("/inserre/kiosk/popup")) {
                    popups.add(url);
                }
            }
            driver.switchTo().window(kioskWindow);
            outcomes.put("window.open by a script (no user gesture)", Boolean.FALSE.equals(opened) && popups.isEmpty()
                    ? "blocked: returns null, no window" : "OPENED a window");

            assertEquals(Boolean.FALSE, opened);
            assertEquals(List.of(), popups);
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(12)
    void windowOpen_onAClick_opensATabThatIsJustAsLockedDown() throws Exception {
        WebDriver driver = freshLockdown();
        try {
            String kioskTab = driver.getWindowHandle();
            kioskPage(driver);
            driver.findElement(By.id("open")).click();
            Thread.sleep(1_000);
            List<String> others = pageTabs(driver).stream().filter(h -> !h.equals(kioskTab)).toList();
            String inNewTab = "no new tab";
            for (String tab : others) {
                driver.switchTo().window(tab);
                inNewTab = open(driver, "file:///etc/passwd");
            }
            outcomes.put("window.open / target=_blank on a click (user gesture)", others.isEmpty() ? "no window"
                    : "opens a tab in the kiosk window (no tab strip), under the same policies: file:///etc/passwd "
                    + (inNewTab.contains(BLOCKED) ? "blocked there too" : "NOT BLOCKED there"));

            assertTrue(others.isEmpty() || inNewTab.contains(BLOCKED), inNewTab);
            assertFalse(inNewTab.contains("root:x:0:0"));
        } finally {
            driver.quit();
        }
    }

    /** The targets Chromium has open (pages, print preview...), from its DevTools protocol. */
    @SuppressWarnings("unchecked")
    private static List<String> targets(WebDriver driver) {
        Map<String, Object> answer = ((ChromeDriver) driver).executeCdpCommand("Target.getTargets", Map.of());
        return ((List<Map<String, Object>>) answer.get("targetInfos")).stream()
                .map(t -> t.get("type") + " " + t.get("url")).sorted().toList();
    }

    @Test
    @Order(13)
    void print_isInert() throws Exception {
        Assumptions.assumeTrue(display != null, "print preview needs a display: Xvfb is not installed");
        WebDriver driver = freshLockdown();
        try {
            kioskPage(driver);
            driver.findElement(By.id("print")).click();
            Thread.sleep(1_500);
            List<String> targets = targets(driver);
            boolean preview = targets.stream().anyMatch(t -> t.contains("chrome://print"));
            outcomes.put("print (window.print on a click)", preview ? "PRINT PREVIEW OPENED" : "inert: no print preview");

            assertFalse(preview, targets.toString());
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(20)
    void control_withoutTheLockdown_theSameRoutesAreOpen_soTheTestsAbovePassOnlyBecauseOfThePolicies()
            throws Exception {
        WebDriver control = start(etcChromium("control", false, null, false));
        try {
            String passwd = open(control, "file:///etc/passwd");
            String data = open(control, "data:text/html,<h1 id='escaped'>escaped</h1>");
            kioskPage(control);
            control.findElement(By.id("download")).click();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (listDownloads().stream().noneMatch(f -> f.equals("file.txt")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<String> downloaded = listDownloads();
            kioskPage(control);
            List<String> targets = List.of("chrome://print (not observable headless)");
            if (display != null) {
                control.findElement(By.id("print")).click();
                Thread.sleep(1_500);
                targets = targets(control);
            }
            System.out.println("Targets after window.print() without the lockdown: " + targets);

            assertTrue(passwd.contains("root:x:0:0"), "without the policies file:// shows the disk");
            assertTrue(data.contains("escaped"), "without the policies data: URLs render");
            assertTrue(downloaded.contains("file.txt"), "without the policies the download lands: " + downloaded);
            assertTrue(display == null || targets.stream().anyMatch(t -> t.contains("chrome://print")),
                    "without the policies print preview opens: " + targets);
        } finally {
            control.quit();
            cleanDownloads();
        }
        outcomes.put("control: same routes without the lockdown policy",
                "file:///etc/passwd shown, data: rendered, download written"
                        + (display == null ? "" : ", print preview opened (chrome://print)"));
    }

    @Test
    @Order(30)
    void developerTools_withThePackagesFullPolicy_noAutomationCanAttach() throws Exception {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        // The same start with every policy but this one attaches (as in every test above)...
        start(etcChromium("lockdown", true, DEVTOOLS_POLICY, true)).quit();
        // ...and with the package's full policy set it cannot.
        Path full = etcChromium("full", true, null, true);
        long start = System.nanoTime();
        WebDriverException refused = assertThrows(WebDriverException.class, () -> start(full).quit());
        String reason = refused.getMessage().lines().findFirst().orElse("");
        outcomes.put("DevTools / remote debugging (full policy set)", "refused: automation cannot attach ("
                + reason.replace("|", "/") + ", after " + (System.nanoTime() - start) / 1_000_000 + " ms)");

        assertTrue(refused instanceof SessionNotCreatedException, refused.getMessage());
    }

    private List<String> listDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void cleanDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @AfterAll
    void stopAndReport() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (xvfb != null) {
            xvfb.destroy();
        }
        if (server != null) {
            server.stop(0);
        }
        if (work != null) {
            StringBuilder report = new StringBuilder("| escape route | outcome |\n|---|---|\n");
            outcomes.forEach((route, outcome) -> report.append("| ").append(route).append(" | ").append(outcome)
                    .append(" |\n"));
            System.out.println("\nChromium escape routes (real Chromium, package policies, private mount namespace):\n"
                    + report);
            Files.writeString(Path.of("target", "escape-routes.md"), report);
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
