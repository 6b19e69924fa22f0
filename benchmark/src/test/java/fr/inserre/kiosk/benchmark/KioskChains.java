package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a cell kiosk does, as requests: the terminal's start, then a detainee's visits (log in with badge
 * and PIN, home with notifications, Mon planning this week and next, back home, Quitter). Think times
 * are those of a person tapping a touch screen. Each chain checks that the right page came back.
 * <p>
 * With a probability ({@code submit.probability}) a visit also submits a request: a training open to the person
 * (Formations) half of the time when there is one, a written request (Nouvelle requête) to a service otherwise.
 * Workshop clock-in/out is {@link WorkshopChains}'.
 */
final class KioskChains {

    private static final String LOGIN = "kiosk/identity/login.xhtml";
    private static final String PIN_PAGE = "kiosk/identity/pin.xhtml";
    private static final String LOCATION = "location";

    /** Motivations a person picks or types on the training's confirm screen. */
    private static final List<String> MOTIVATIONS = List.of("Je veux apprendre un métier pour ma sortie.",
            "J'ai déjà travaillé en cuisine, je voudrais un diplôme.", "Pour trouver du travail dehors.");
    /** Written requests, as short as people type them on the kiosk's keyboard. */
    private static final List<String> TEXTS = List.of("Je voudrais un rendez-vous pour parler de ma sortie.",
            "Je n'ai pas reçu mon mandat de la semaine dernière.", "Quelle est la date de ma prochaine commission ?",
            "Je voudrais changer de cellule pour être au calme.");

    private final String pin;
    private final double submitProbability;

    KioskChains(String pin, double submitProbability) {
        this.pin = pin;
        this.submitProbability = submitProbability;
    }

    /**
     * The kiosk session's start. In demo mode /demo/terminal enrols the cell's terminal and exchanges a
     * launch ticket for the HttpOnly browser key (cookie inserre_terminal), exactly as a real terminal's
     * launcher and browser do with /api/terminals/ticket and /terminal/start; the kiosk then shows its login.
     */
    ChainBuilder startTerminal() {
        return exec(http("terminal start (demo enrolment + ticket)")
                .get("demo/terminal?code=#{terminal}")
                .check(status().is(200))
                .check(currentLocation().transform(l -> l.contains(LOGIN)).is(true))
                .check(css("#login\\:badge").exists())
                .check(Faces.saveViewState(), Faces.saveNonce()));
    }

    /**
     * The kiosk session's start on a generated establishment's terminal, as its launcher and browser do:
     * a launch ticket for the terminal's code and secret ({@code POST /api/terminals/ticket}, header
     * X-Inserre-Terminal), then the browser's start page with it, which sets the HttpOnly browser key and
     * opens the kiosk's login.
     */
    ChainBuilder launchTerminal() {
        return exec(http("terminal launch ticket (API)")
                .post("api/terminals/ticket")
                .header("X-Inserre-Terminal", "#{terminal} #{secret}")
                .header("Accept", "application/json")
                .check(status().is(200))
                .check(jsonPath("$.ticket").saveAs("ticket")))
                .exec(http("terminal start (browser, ticket)")
                        .get("terminal/start?ticket=#{ticket}")
                        .check(status().is(200))
                        .check(currentLocation().transform(l -> l.contains(LOGIN)).is(true))
                        .check(css("#login\\:badge").exists())
                        .check(Faces.saveViewState(), Faces.saveNonce()));
    }

    /** One person's visit at the kiosk, from the login screen back to it. */
    ChainBuilder visit() {
        return exec(logIn())
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6)) // reads the home: tiles and notifications
                .exec(doIf(session -> session.getInt("unread") > 0 && ThreadLocalRandom.current().nextInt(100) < 50)
                        .then(markNotificationsRead()))
                .exec(planning())
                .exec(hours())
                .exec(requests())
                .exec(doIf(session -> ThreadLocalRandom.current().nextDouble() < submitProbability).then(submitRequest()))
                .exec(home())
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(logOut());
    }

    /**
     * Badge (the reader types it), six taps on the keypad, submit. The benchmark's own PIN is tried
     * first; a detainee who never logged in still has the demo's first PIN, which forces choosing a new
     * one: the benchmark then chooses its PIN, as a person would.
     */
    private ChainBuilder logIn() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(7))
                .exec(Logins.oneAtATime("badge", exec(loginPost("kiosk login", pin))
                        .exec(doIf(session -> session.getString(LOCATION).contains(LOGIN)).then(firstLogin()))))
                // not logged in: the kiosk home redirects to the login page and its checks fail (KO)
                .exec(home())
                .exitHereIfFailed();
    }

    /** The demo's first PIN, then the page that forces choosing one's own (typed twice on keypads). */
    private ChainBuilder firstLogin() {
        return exec(loginPost("kiosk login (first PIN of the demo)", DemoPopulation.FIRST_PIN))
                .exec(doIf(session -> session.getString(LOCATION).contains(PIN_PAGE)).then(
                        pause(Duration.ofSeconds(6), Duration.ofSeconds(12))
                                .exec(Faces.post("kiosk choose PIN (first login)", PIN_PAGE)
                                        .formParam("pin", "pin")
                                        .formParam("pin:newPin", pin)
                                        .formParam("pin:confirmation", pin)
                                        .formParam("pin:save", "")
                                        .check(status().is(200))
                                        .check(currentLocation().saveAs(LOCATION)))));
    }

    /**
     * Login at a workshop terminal (the same form; badge and the benchmark's PIN): the kiosk's home follows the
     * redirect, with the clock tile a workshop terminal offers.
     */
    ChainBuilder workshopLogin(String name) {
        return Logins.oneAtATime("badge", exec(loginPost(name, pin)
                .check(currentLocation().transform(l -> l.contains("kiosk/index.xhtml")).is(true))
                .check(css("#tile-clock").exists())));
    }

    private HttpRequestActionBuilder loginPost(String name, String secret) {
        return Faces.post(name, LOGIN)
                .formParam("login", "login")
                .formParam("login:badge", "#{badge}")
                .formParam("login:pin", secret)
                .formParam("login:submit", "")
                .check(status().is(200))
                .check(currentLocation().saveAs(LOCATION))
                // the login page again (wrong PIN) or the PIN page: both are Faces forms
                .check(Faces.saveViewStateIfAny(), Faces.saveNonceIfAny());
    }

    /** The home: welcome, tiles, the latest notifications (unread first). */
    private ChainBuilder home() {
        return exec(http("kiosk home + notifications")
                .get("kiosk/index.xhtml")
                .check(status().is(200))
                .check(css("#welcome").exists())
                .check(css("#notifications").exists())
                .check(css("#notifications-form").count().saveAs("unread"))
                .check(Faces.saveViewStateIfAny(), Faces.saveNonceIfAny()));
    }

    /** "J'ai lu": marks the notifications read (a state change, audited). */
    private ChainBuilder markNotificationsRead() {
        return exec(Faces.post("kiosk notifications read", "kiosk/index.xhtml")
                .formParam("notifications-form", "notifications-form")
                .formParam("notifications-form:mark-read", "")
                .check(status().is(200))
                .check(css("#notifications").exists()));
    }

    /** Mon planning: this week, read, then "Semaine suivante", read. */
    private ChainBuilder planning() {
        return exec(http("kiosk planning this week")
                .get("kiosk/schedule/week.xhtml")
                .check(status().is(200))
                .check(css("#next-week").exists())
                .check(substring("schedule-day").exists()))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .exec(http("kiosk planning next week")
                        .get("kiosk/schedule/week.xhtml?week=1")
                        .check(status().is(200))
                        .check(css("#previous-week").exists())
                        .check(substring("schedule-day").exists()))
                .pause(Duration.ofSeconds(4), Duration.ofSeconds(10));
    }

    /**
     * Mes heures: the periods (this week, this month, last month...), read, then one period's sessions when
     * the person has any (demo detainees without work or training have none).
     */
    private ChainBuilder hours() {
        return listThenItem("kiosk my hours", "kiosk/hours/index.xhtml", "#home", "a.hours-period-link",
                "kiosk my hours: a period's sessions", "#totals", Duration.ofSeconds(4), Duration.ofSeconds(10));
    }

    /** Mes demandes: the list (a year of requests for a generated detainee), then the latest one and its history. */
    private ChainBuilder requests() {
        return listThenItem("kiosk my requests", "kiosk/requests/mine.xhtml", "#new-request", "li.request-item a",
                "kiosk my requests: a request", "#receipt", Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    /**
     * A list page (checked by an element it always has), read, then its first item's page when the list has
     * one (checked by an element of that page), read.
     */
    private static ChainBuilder listThenItem(String name, String url, String always, String itemLink, String itemName,
            String itemElement, Duration minRead, Duration maxRead) {
        String key = "item";
        return exec(http(name)
                .get(url)
                .check(status().is(200))
                .check(css(always).exists())
                .check(css(itemLink, "href").transform(KioskChains::inApplication).optional().saveAs(key)))
                .pause(minRead, maxRead)
                .exec(doIf(session -> session.contains(key)).then(
                        exec(http(itemName)
                                .get("#{" + key + "}")
                                .check(status().is(200))
                                .check(css(itemElement).exists()))
                                .pause(minRead, maxRead)
                                .exec(session -> session.remove(key))));
    }

    /**
     * A request submitted at the kiosk: half of the time a training open to the person when "Formations" offers
     * one (tap it, pick a motivation, "Envoyer"), else a written request ("Nouvelle requête": a service's tile,
     * the text on the on-screen keyboard, "Envoyer"). Either lands, through a redirect, on the receipt. The
     * form's idempotency token lives in its view scope (server side): sending the page's view state is what
     * keeps it, as a browser does.
     */
    private ChainBuilder submitRequest() {
        String offers = "offers";
        return exec(session -> session.remove(offers))
                .exec(doIf(session -> ThreadLocalRandom.current().nextBoolean()).then(
                        exec(http("kiosk trainings")
                                .get("kiosk/requests/trainings.xhtml")
                                .check(status().is(200))
                                .check(css("#intro").exists())
                                .check(css("li.offer-open a", "href").findAll().transform(KioskChains::inApplication)
                                        .optional().saveAs(offers)))
                                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))))
                .exec(doIfOrElse(session -> session.contains(offers)).then(askForTraining(offers)).orElse(writeRequest()))
                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8)); // reads the receipt
    }

    private static ChainBuilder askForTraining(String offers) {
        return exec(http("kiosk training: confirm screen")
                .get(session -> pick(session.<String>getList(offers)))
                .check(status().is(200))
                .check(css("#ask\\:motivation").exists())
                .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30)) // picks a phrase, maybe types
                .exec(Faces.post("kiosk training: send", "kiosk/requests/ask.xhtml")
                        .formParam("ask", "ask")
                        .formParam("ask:motivation", session -> pick(MOTIVATIONS))
                        .formParam("ask:send", "Envoyer")
                        .check(receipt()));
    }

    private static ChainBuilder writeRequest() {
        String teams = "teams";
        return exec(http("kiosk new request: services")
                .get("kiosk/requests/new.xhtml")
                .check(status().is(200))
                .check(css("#choose-team").exists())
                .check(css("a[id^='team-']", "href").findAll().transform(KioskChains::inApplication).saveAs(teams)))
                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                .exec(http("kiosk new request: form")
                        .get(session -> pick(session.<String>getList(teams)))
                        .check(status().is(200))
                        .check(css("#request\\:text").exists())
                        .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(20), Duration.ofSeconds(45)) // types on the on-screen keyboard
                .exec(Faces.post("kiosk new request: send", "kiosk/requests/new.xhtml")
                        .formParam("request", "request")
                        .formParam("request:text", session -> pick(TEXTS))
                        .formParam("request:send", "Envoyer")
                        .check(receipt()));
    }

    /** The receipt a submitted request lands on (POST-redirect-GET), with its number. */
    private static CheckBuilder[] receipt() {
        return new CheckBuilder[] {status().is(200),
                currentLocation().transform(l -> l.contains("kiosk/requests/sent.xhtml")).is(true),
                css("#receipt").exists(), css(".kiosk-message-error").notExists()};
    }

    static <T> T pick(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }

    /** Links of the page as paths under the base URL. */
    static List<String> inApplication(List<String> hrefs) {
        // none found (an optional check): nothing to save
        return hrefs == null ? null : hrefs.stream().map(KioskChains::inApplication).toList();
    }

    /**
     * A link of the page (/inserre/kiosk/...) as a path under the base URL (kiosk/...); null when the page has
     * none (an optional check: a person without requests has an empty "Mes demandes", smoke of 2026-12-01).
     */
    static String inApplication(String href) {
        if (href == null) {
            return null;
        }
        int at = href.indexOf("kiosk/");
        if (at < 0) {
            throw new IllegalArgumentException("not a kiosk link: " + href);
        }
        return href.substring(at);
    }

    /** "Quitter": the session ends, the login screen is back with a new view state for the next person. */
    private ChainBuilder logOut() {
        return exec(http("kiosk logout").post("kiosk/identity/logout")
                .check(status().is(200))
                .check(currentLocation().transform(l -> l.contains(LOGIN)).is(true))
                .check(css("#login\\:badge").exists())
                .check(Faces.saveViewState(), Faces.saveNonce()));
    }
}
