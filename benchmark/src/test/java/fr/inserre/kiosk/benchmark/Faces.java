package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Jakarta Faces as a browser sees it: every form carries the server-side view state's key in the hidden
 * field jakarta.faces.ViewState, which the next POST of that form must send back; and PrimeFaces' CSP
 * mode gives each page a script nonce that its scripts add to every POST as primefaces.nonce (the
 * server refuses a POST without the page's nonce: "CSP nonce mismatch", a 500).
 */
final class Faces {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The session attribute holding the last page's view state. */
    static final String VIEW_STATE_KEY = "viewState";
    static final String NONCE = "primefaces.nonce";
    static final String NONCE_KEY = "nonce";

    private Faces() {
    }

    /** Saves the page's view state; fails the request if the page has none (not the expected Faces page). */
    static CheckBuilder.Final saveViewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs(VIEW_STATE_KEY);
    }

    /** Saves the view state if the page has a form (a page that may or may not offer one). */
    static CheckBuilder.Final saveViewStateIfAny() {
        return css("input[name='" + VIEW_STATE + "']", "value").optional().saveAs(VIEW_STATE_KEY);
    }

    /** Saves the page's script nonce; fails the request if the page has none. */
    static CheckBuilder.Final saveNonce() {
        return css("script[nonce]", "nonce").saveAs(NONCE_KEY);
    }

    /** Saves the script nonce if the page has one. */
    static CheckBuilder.Final saveNonceIfAny() {
        return css("script[nonce]", "nonce").optional().saveAs(NONCE_KEY);
    }

    /**
     * A POST of a form of the last page, as the browser sends it: with the page's view state and nonce
     * (the caller adds the form's own fields).
     */
    static HttpRequestActionBuilder post(String name, String url) {
        return http(name).post(url)
                .formParam(VIEW_STATE, viewState())
                .formParam(NONCE, nonce());
    }

    /** The Gatling expression that sends the saved view state back. */
    static String viewState() {
        return "#{" + VIEW_STATE_KEY + "}";
    }

    /** The Gatling expression that sends the saved nonce back. */
    static String nonce() {
        return "#{" + NONCE_KEY + "}";
    }
}
