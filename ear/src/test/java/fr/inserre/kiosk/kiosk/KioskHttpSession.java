package fr.inserre.kiosk.kiosk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A kiosk as plain HTTP sees it, for tests without a browser: the browser of a demo terminal (its
 * cookie from {@code /demo/terminal}) and the session of the detainee who logged in there through the
 * real Faces login form (view state, badge, PIN; the forced "choose your PIN" page at a first login).
 * Follows redirects like a browser; keeps cookies per path.
 */
final class KioskHttpSession {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final URL base;
    private final HttpClient client;

    private KioskHttpSession(URL base) {
        this.base = base;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Opens the demo terminal's kiosk and logs the demo detainee of that badge in with {@code firstPin};
     * when the kiosk asks for a new PIN (first login), chooses {@code chosenPin}; when the first PIN is
     * refused (an earlier run chose already), logs in with {@code chosenPin}.
     */
    static KioskHttpSession logIn(URL base, String terminal, String badge, String firstPin, String chosenPin)
            throws IOException, InterruptedException {
        KioskHttpSession kiosk = new KioskHttpSession(base);
        HttpResponse<String> login = kiosk.get("demo/terminal?code=" + terminal);
        check(login, "login:badge");
        HttpResponse<String> answer = kiosk.submit(login, "login", Map.of("login:badge", badge, "login:pin", firstPin),
                "login:submit");
        if (answer.body().contains("login:badge")) {
            answer = kiosk.submit(answer, "login", Map.of("login:badge", badge, "login:pin", chosenPin), "login:submit");
        }
        if (answer.uri().getPath().endsWith("/kiosk/identity/pin.xhtml")) {
            answer = kiosk.submit(answer, "pin", Map.of("pin:newPin", chosenPin, "pin:confirmation", chosenPin),
                    "pin:save");
        }
        check(answer, "tile-schedule");
        return kiosk;
    }

    /** GET of a page under the application, following redirects. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts the Faces form of that id found in the page, with its view state, the given fields and the
     * button that submits it (a non-Ajax submit, as the kiosk's buttons are), following the redirect.
     */
    HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no form " + form + " in " + page.uri() + ": " + page.body());
        }
        String markup = page.body().substring(action.start(), page.body().indexOf("</form>", action.start()));
        Map<String, String> body = new LinkedHashMap<>();
        // The form's hidden fields, as a browser sends them: its name, the view state, the page's CSP nonce.
        Matcher hidden = HIDDEN.matcher(markup);
        while (hidden.find()) {
            body.putIfAbsent(hidden.group(1), hidden.group(2));
        }
        if (!body.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("no view state in form " + form + " of " + page.uri() + ": " + markup);
        }
        body.putAll(fields);
        body.put(button, "");
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fails unless the answer is a 200 containing that marker (an id of the page expected). */
    static HttpResponse<String> check(HttpResponse<String> answer, String marker) {
        if (answer.statusCode() != 200 || !answer.body().contains(marker)) {
            throw new AssertionError("expected " + marker + " at " + answer.uri() + ", got " + answer.statusCode()
                    + ": " + answer.body());
        }
        return answer;
    }
}
