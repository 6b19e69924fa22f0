package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A supervisor taking the roll-call of the afternoon's session (the shift's sport session, which
 * {@link Shift} planned and which ended a few minutes before the run): the attendance of the day with the
 * sheet offered to them, the sheet, then one line after the other "Présent" (the session's times) or, one
 * time in eight, "Absent" with a reason, each through the sheet's Ajax form; then the day's list again.
 * The session is over, so a presence recorded here is closed and never stands in the way of a workshop
 * clock-in of the same person.
 */
final class RollCallChains {

    private static final String TODAY = "staff/attendance/today.xhtml";
    private static final String SHEET = "staff/attendance/rollcall.xhtml";
    private static final String ROW = "expectedRow";
    /** A line still to record: its status is "expected". */
    private static final String EXPECTED_LINE = "id=\"rollcall:lines:(\\d+):status\" class=\"status status-expected\"";
    private static final List<String> ABSENCES = List.of("SICK", "REFUSED", "NOT_REQUIRED", "CALLED_TO_APPOINTMENT");
    /** Lines recorded before the supervisor goes back to the day's list. */
    private static final int LINES_PER_ROUND = 8;

    /** One round: the day's sessions, the sheet, a few lines recorded. */
    ChainBuilder work() {
        return exec(http("supervisor attendance of the day")
                .get(TODAY + "?date=#{rollCallDate}")
                .check(status().is(200))
                .check(css("#day").exists())
                .check(css("#sessions").exists())
                // the shift's sheet is offered to this supervisor
                .check(substring("rollcall.xhtml?session=#{rollCallSession}").exists()))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .exec(session -> session.remove(ROW))
                .exec(http("supervisor roll-call sheet")
                        .get(SHEET + "?session=#{rollCallSession}")
                        .check(status().is(200))
                        .check(css("#session-title").exists())
                        .check(css("#rollcall\\:lines").exists())
                        .check(regex(EXPECTED_LINE).optional().saveAs(ROW))
                        .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .exec(repeat(LINES_PER_ROUND).on(doIf(session -> session.contains(ROW)).then(
                        exec(session -> session.set("line", "rollcall:lines:" + session.getString(ROW)).remove(ROW))
                                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                                .exec(doIfOrElse(session -> ThreadLocalRandom.current().nextInt(8) > 0)
                                        .then(present()).orElse(absent())))))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** "Présent": the session's times (it is over), nothing typed. */
    private static ChainBuilder present() {
        return exec(Faces.ajaxButton("supervisor roll-call: present (ajax)", SHEET, "rollcall", "#{line}:present",
                        "#{line}:present #{line}:from #{line}:to #{line}:why", "rollcall")
                .formParam("#{line}:from_input", "")
                .formParam("#{line}:to_input", "")
                .check(recorded()));
    }

    /** "Absent" with a reason chosen in the line's menu. */
    private static ChainBuilder absent() {
        return exec(Faces.ajaxButton("supervisor roll-call: absent with a reason (ajax)", SHEET, "rollcall",
                        "#{line}:absent", "#{line}:absent #{line}:reason #{line}:note #{line}:why", "rollcall")
                .formParam("#{line}:reason", session -> KioskChains.pick(ABSENCES))
                .formParam("#{line}:note", "")
                .check(recorded()));
    }

    /** The line is recorded (the sheet says so), and the next line still to record, if any, is noted. */
    private static CheckBuilder[] recorded() {
        List<CheckBuilder> checks = new java.util.ArrayList<>(List.of(Faces.partialResponse()));
        checks.add(substring("ui-messages-info").exists());
        checks.add(regex(EXPECTED_LINE).optional().saveAs(ROW));
        return checks.toArray(CheckBuilder[]::new);
    }
}
