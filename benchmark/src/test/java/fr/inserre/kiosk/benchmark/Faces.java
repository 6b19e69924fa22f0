package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;

import io.gatling.javaapi.core.CheckBuilder;

/**
 * Jakarta Faces as a browser sees it: every form carries the server-side view state's key in the hidden
 * field jakarta.faces.ViewState, which the next POST of that form must send back.
 */
final class Faces {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The session attribute holding the last page's view state. */
    static final String VIEW_STATE_KEY = "viewState";

    private Faces() {
    }

    /** Saves the page's view state; fails the request if the page has none (not the expected Faces page). */
    static CheckBuilder.Final saveViewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs(VIEW_STATE_KEY);
    }

    /** The Gatling expression that sends the saved view state back. */
    static String viewState() {
        return "#{" + VIEW_STATE_KEY + "}";
    }
}
