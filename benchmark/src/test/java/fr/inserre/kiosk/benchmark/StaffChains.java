package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * What staff do in the evening, as requests: log in (login + password through the Faces form), look at
 * who is expected where today and tomorrow (the supervisor's roll-call sheet), the activities list and a
 * filter on it (PrimeFaces lazy table, ajax), log out.
 * <p>
 * The managers' request queues are {@link ManagerChains}', the supervisors' roll-call {@link RollCallChains}'; they
 * log in and out through this class.
 */
final class StaffChains {

    private static final String LOGIN = "staff/identity/login.xhtml";
    private static final String EXPECTED = "staff/schedule/expected.xhtml";

    ChainBuilder logIn() {
        return exec(http("staff login page")
                .get(LOGIN)
                .check(status().is(200))
                .check(css("#login\\:username").exists())
                .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(4), Duration.ofSeconds(8))
                .exec(Logins.oneAtATime("login", exec(Faces.post("staff login", LOGIN)
                        .formParam("login", "login")
                        .formParam("login:username", "#{login}")
                        .formParam("login:password", "#{password}")
                        .formParam("login:submit", "")
                        .check(status().is(200))
                        .check(currentLocation().transform(l -> l.contains("/staff/") && !l.contains(LOGIN)).is(true)))))
                .exitHereIfFailed();
    }

    /** One round of the back-office pages, with a person's reading time between them. */
    ChainBuilder work() {
        return exec(http("staff expected today")
                .get(EXPECTED)
                .check(status().is(200))
                .check(css("#day").exists())
                .check(css("#next-day", "href").transform(StaffChains::dateParameter).saveAs("nextDay")))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .exec(http("staff expected next day")
                        .get(EXPECTED + "?date=#{nextDay}")
                        .check(status().is(200))
                        .check(css("#day").exists()))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .exec(http("staff activities")
                        .get("staff/schedule/activities.xhtml")
                        .check(status().is(200))
                        .check(css("#activities\\:table").exists())
                        .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                .exec(Faces.ajaxEvent("staff activities filter (ajax)", "staff/schedule/activities.xhtml", "activities",
                                "activities:table", "filter", "activities:table", "activities:table")
                        .formParam("activities:table", "activities:table")
                        .formParam("activities:table_filtering", "true")
                        .formParam("activities:table_encodeFeature", "true")
                        .formParam("activities:table:title:filter", "Atelier")
                        .check(Faces.partialResponse())
                        .check(substring("activities:table").exists()))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    ChainBuilder logOut() {
        return exec(http("staff logout").post("staff/identity/logout")
                .check(status().is(200))
                .check(currentLocation().transform(l -> l.contains(LOGIN)).is(true)));
    }

    /** The date=yyyy-MM-dd parameter of a link to who-is-expected-where. */
    static String dateParameter(String href) {
        int at = href.indexOf("date=");
        if (at < 0) {
            throw new IllegalArgumentException("no date in " + href);
        }
        return href.substring(at + 5, Math.min(href.length(), at + 15));
    }
}
