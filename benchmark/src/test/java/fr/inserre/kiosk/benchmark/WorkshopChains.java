package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * A workshop terminal at the start and at the end of the shift's session ({@link Shift}): the workers
 * allocated to the workshop queue at it, one after the other; each logs in (badge, PIN), taps the clock tile,
 * "Je commence" (or "Je termine" at the end), reads the big confirmation and leaves ("Quitter"). Between the
 * two bursts the terminal waits for the end of the session. Each request checks its page: the kiosk home of a
 * workshop terminal (with the clock tile), the clock page in the state expected (not yet clocked in, then
 * clocked in), the confirmation with the time (and the time worked at the end), no refusal message.
 */
final class WorkshopChains {

    private static final String CLOCK = "kiosk/attendance/clock.xhtml";

    private final KioskChains kiosk;

    WorkshopChains(KioskChains kiosk) {
        this.kiosk = kiosk;
    }

    /** Every worker of the terminal's queue clocks in ("Je commence"), one after the other. */
    ChainBuilder clockInBurst() {
        return foreach("#{badges}", "badge").on(tap(true));
    }

    /** The same workers clock out ("Je termine"). */
    ChainBuilder clockOutBurst() {
        return foreach("#{badges}", "badge").on(tap(false));
    }

    private ChainBuilder tap(boolean in) {
        String verb = in ? "Je commence" : "Je termine";
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(7)) // steps up, badge on the reader, six taps on the keypad
                .exec(kiosk.workshopLogin("workshop login"))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("workshop clock page (" + verb + ")")
                        .get(CLOCK)
                        .check(status().is(200))
                        .check(css("#clock-form").exists())
                        // before the first tap nobody is clocked in; at the end everyone is
                        .check(in ? css("#clocked-in").notExists() : css("#clocked-in").exists())
                        .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .exec(Faces.post("workshop " + verb, CLOCK)
                        .formParam("clock-form", "clock-form")
                        .formParam(in ? "clock-form:start" : "clock-form:finish", verb)
                        .check(status().is(200))
                        .check(css(".kiosk-message-error").notExists())
                        .check(css("#confirmation-time").exists())
                        .check(in ? css("#confirmation-duration").notExists() : css("#confirmation-duration").exists()))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(4)) // reads the time in big type
                .exec(http("workshop logout").post("kiosk/identity/logout")
                        .check(status().is(200))
                        .check(currentLocation().transform(l -> l.contains("kiosk/identity/login.xhtml")).is(true))
                        .check(Faces.saveViewState(), Faces.saveNonce()));
    }

    /** Nothing to do at the terminal until the end of the session's burst is due. */
    static ChainBuilder waitUntil(long epochMillis) {
        return pause(session -> Duration.ofMillis(Math.max(0, epochMillis - System.currentTimeMillis())));
    }
}
