package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.terminal.SharedSecret;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalCredential;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal credential as a request carries it, in one of two forms:
 * <ul>
 * <li>the header {@value #HEADER}{@code : <terminal code> <secret>}, for a terminal whose software
 * can add headers;</li>
 * <li>the HttpOnly cookie {@value #COOKIE}{@code =<terminal code>.<secret>}, for a browser (Chromium
 * cannot add headers by policy; the demo entry sets it).</li>
 * </ul>
 * Only the shape is checked here (a value of another shape is no credential); the server checks the
 * secret. A client certificate would be read beside these, into another {@link TerminalCredential}.
 *
 * @param terminalCode the terminal code claimed
 * @param secret the secret presented; never logged, see {@link #toString()}
 */
public record PresentedCredential(String terminalCode, String secret) {

    public static final String HEADER = "X-Inserre-Terminal";
    public static final String COOKIE = "inserre_terminal";

    private static final String CODE = "([A-Za-z0-9-]{1," + Terminal.CODE_MAX + "})";
    private static final String SECRET = "([A-Za-z0-9_-]{32," + SharedSecret.MAX + "})";
    private static final Pattern HEADER_VALUE = Pattern.compile(CODE + " " + SECRET);
    private static final Pattern COOKIE_VALUE = Pattern.compile(CODE + "\\." + SECRET);

    /** The credential of a request: its header if it has one, else its cookie, else none. */
    public static Optional<PresentedCredential> of(String headerValue, String cookieValue) {
        if (headerValue != null) {
            return parse(HEADER_VALUE, headerValue.strip());
        }
        return cookieValue == null ? Optional.empty() : parse(COOKIE_VALUE, cookieValue);
    }

    private static Optional<PresentedCredential> parse(Pattern shape, String value) {
        Matcher matcher = shape.matcher(value);
        return matcher.matches() ? Optional.of(new PresentedCredential(matcher.group(1), matcher.group(2)))
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

    public TerminalCredential credential() {
        return new SharedSecret(secret);
    }

    @Override
    public String toString() {
        return "PresentedCredential[terminalCode=" + terminalCode + ", secret=***]";
    }
}
