package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

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
    /** The view state an Ajax answer updates: {@code <update id="j_id1:jakarta.faces.ViewState:0"><![CDATA[...]]>}. */
    static final String PARTIAL_VIEW_STATE = "jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

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

    /**
     * A PrimeFaces Ajax request of a form of the last page, as its script sends it: the Faces partial
     * parameters, the component that fired, what the server processes and re-renders, the form's own field and
     * the page's view state and nonce (the caller adds the form's inputs).
     */
    static HttpRequestActionBuilder ajax(String name, String url, String form, String source, String execute,
            String render) {
        return post(name, url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form);
    }

    /** A button's Ajax request (p:commandButton): the button is also sent as the one pressed. */
    static HttpRequestActionBuilder ajaxButton(String name, String url, String form, String button, String execute,
            String render) {
        return ajax(name, url, form, button, execute, render).formParam(button, button);
    }

    /** An Ajax behaviour's request (p:ajax on a menu, a table's filter...): the event that fired it. */
    static HttpRequestActionBuilder ajaxEvent(String name, String url, String form, String source, String event,
            String execute, String render) {
        return ajax(name, url, form, source, execute, render)
                .formParam("jakarta.faces.behavior.event", event)
                .formParam("jakarta.faces.partial.event", event);
    }

    /**
     * What every successful Ajax answer has: a partial response without a Faces error, no error message
     * (PrimeFaces' error messages, or the kiosk's); the view state it carries, if any, is kept for the next
     * request.
     */
    static CheckBuilder[] partialResponse() {
        return new CheckBuilder[] {status().is(200), substring("<partial-response").exists(),
                substring("<error>").notExists(), substring("ui-messages-error").notExists(),
                regex(PARTIAL_VIEW_STATE).optional().saveAs(VIEW_STATE_KEY)};
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
