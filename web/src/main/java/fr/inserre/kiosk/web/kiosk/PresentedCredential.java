package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.terminal.BrowserKey;
import fr.inserre.kiosk.terminal.SharedSecret;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalCredential;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal credential as a request carries it, in one of two forms:
 * <ul>
 * <li>the header {@value #HEADER}{@code : <terminal code> <secret>}: the terminal's secret, sent by
 * the terminal's root-owned tools (launcher, heartbeat), never by its browser;</li>
 * <li>the HttpOnly cookie {@value #COOKIE}{@code =<terminal code>.<browser key>}: the key of the
 * terminal's current browser session (Chromium cannot add headers by policy), which the server
 * gave the browser in exchange for a single-use launch ticket (see {@code TerminalStartServlet}).</li>
 * </ul>
 * Only the shape is checked here (a value of another shape is no credential); the server checks the
 * secret. A client certificate would be read beside these, into another {@link TerminalCredential}.
 *
 * @param terminalCode the terminal code claimed
 * @param secret the secret (header) or browser key (cookie) presented; never logged, see {@link #toString()}
 * @param fromCookie whether it came in the cookie: then it is a browser key
 */
public record PresentedCredential(String terminalCode, String secret, boolean fromCookie) {

    public static final String HEADER = "X-Inserre-Terminal";
    public static final String COOKIE = "inserre_terminal";

    private static final String CODE = "([A-Za-z0-9-]{1," + Terminal.CODE_MAX + "})";
    private static final String SECRET = "([A-Za-z0-9_-]{32," + SharedSecret.MAX + "})";
    private static final Pattern HEADER_VALUE = Pattern.compile(CODE + " " + SECRET);
    private static final Pattern COOKIE_VALUE = Pattern.compile(CODE + "\\." + SECRET);

    /** The credential of a request: its header if it has one, else its cookie, else none. */
    public static Optional<PresentedCredential> of(String headerValue, String cookieValue) {
        if (headerValue != null) {
            return header(headerValue);
        }
        return cookieValue == null ? Optional.empty() : parse(COOKIE_VALUE, cookieValue, true);
    }

    /** The credential of the {@value #HEADER} header only (the terminal API accepts no cookie). */
    public static Optional<PresentedCredential> header(String headerValue) {
        return headerValue == null ? Optional.empty() : parse(HEADER_VALUE, headerValue.strip(), false);
    }

    private static Optional<PresentedCredential> parse(Pattern shape, String value, boolean fromCookie) {
        Matcher matcher = shape.matcher(value);
        return matcher.matches() ? Optional.of(new PresentedCredential(matcher.group(1), matcher.group(2), fromCookie))
                : Optional.empty();
    }

    /** The value of the {@value #COOKIE} cookie for this credential. */
    public String cookieValue() {
        return terminalCode + "." + secret;
    }

    /** The value of the {@value #HEADER} header for this credential. */
    public String headerValue() {
        return terminalCode + " " + secret;
    }

    /** A browser key when it came in the cookie, the terminal's secret when it came in the header. */
    public TerminalCredential credential() {
        return fromCookie ? new BrowserKey(secret) : new SharedSecret(secret);
    }

    /** The terminal's secret, as the terminal API needs; empty when this came in the cookie. */
    public Optional<SharedSecret> sharedSecret() {
        return fromCookie ? Optional.empty() : Optional.of(new SharedSecret(secret));
    }

    @Override
    public String toString() {
        return "PresentedCredential[terminalCode=" + terminalCode + ", secret=***, fromCookie=" + fromCookie + "]";
    }
}
