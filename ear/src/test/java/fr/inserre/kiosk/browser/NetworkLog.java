package fr.inserre.kiosk.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;

/**
 * Bytes a page costs on the wire, from Chromium's own DevTools network events as ChromeDriver logs
 * them (a browser opened by {@link Browser#openWithNetworkLog()}): for every request that finished
 * loading, {@code Network.loadingFinished.encodedDataLength}, i.e. headers and body as transferred
 * (compressed when the server compressed). A resource taken from the browser's cache costs nothing
 * and is not counted. Reading the log empties it, so each measure covers what happened since the
 * previous one.
 */
public final class NetworkLog {

    /** One request that finished: where, and bytes on the wire. */
    public record Transfer(String url, long bytes) {
    }

    private static final Json JSON = new Json();

    private final ChromeDriver driver;

    public NetworkLog(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Forgets what was logged so far. */
    public void reset() {
        driver.manage().logs().get("performance");
    }

    /** Empties the browser's HTTP cache, as for a kiosk that never came (DevTools Network.clearBrowserCache). */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** The transfers finished since the last call (or reset). */
    public List<Transfer> transfers() {
        Map<String, String> urls = new HashMap<>();
        List<String[]> finished = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            Map<?, ?> message = (Map<?, ?>) ((Map<?, ?>) JSON.toType(entry.getMessage(), Map.class)).get("message");
            Map<?, ?> params = (Map<?, ?>) message.get("params");
            if ("Network.responseReceived".equals(message.get("method"))) {
                urls.put((String) params.get("requestId"), (String) ((Map<?, ?>) params.get("response")).get("url"));
            } else if ("Network.loadingFinished".equals(message.get("method"))) {
                finished.add(new String[] {(String) params.get("requestId"),
                        String.valueOf(((Number) params.get("encodedDataLength")).longValue())});
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        for (String[] done : finished) {
            transfers.add(new Transfer(urls.getOrDefault(done[0], "?"), Long.parseLong(done[1])));
        }
        return transfers;
    }

    /** Bytes of these transfers. */
    public static long total(List<Transfer> transfers) {
        return transfers.stream().mapToLong(Transfer::bytes).sum();
    }
}
