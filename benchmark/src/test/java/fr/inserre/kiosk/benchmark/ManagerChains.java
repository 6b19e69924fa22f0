package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A manager working their request queue, as a person does in the back-office: the queue, a filter on their own
 * team (the PrimeFaces menu's Ajax request), the oldest request due, read with its history and the person's
 * context, then a decision through the page's Ajax form: one time in three a refusal with a reason (the first
 * one the page offers for that type) and a word to the person; otherwise the approval the type allows (the
 * answer of a written request; a training from tomorrow, on its waiting list when full, and again with a
 * reason when the page shows a schedule conflict). An empty queue is read and left.
 * <p>
 * Each manager works one team's queue ({@link #QUEUES}: the account and the team it filters on), so that two
 * virtual managers never decide the same request (the second would get "already decided", as a person would).
 */
final class ManagerChains {

    /** A manager's account (demo login) and the team whose queue they work. */
    record Queue(String login, String team) {
    }

    static final List<Queue> QUEUES = List.of(new Queue("cpip", "SPIP"), new Queue("direction", "GREFFE"),
            new Queue("formation", "TRAINING"), new Queue("travail", "WORK"));

    private static final String QUEUE = "staff/requests/queue.xhtml";
    private static final String REQUEST = "staff/requests/request.xhtml";
    private static final String INDICATORS = "staff/dashboard/indicators.xhtml";
    private static final String REQUEST_ID = "requestId";
    private static final String REASON = "refusalReason";
    private static final String ANSWERABLE = "answerable";
    private static final String APPROVABLE = "approvable";
    private static final String ANY_WORK = "anyWork";
    private static final String CONFLICT = "conflict";
    private static final String REFUSED = "refused";
    private static final DateTimeFormatter STAFF_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /**
     * One round: for the direction, first the experiment's indicators over the last year (issue 9: the page under
     * a second with a year of data); then the queue, filtered on the team, its first request read and decided.
     */
    ChainBuilder work() {
        return exec(session -> session.remove(REQUEST_ID))
                .exec(doIf(session -> session.getString("login").endsWith("direction")).then(indicatorsOfTheYear()))
                .exec(http("manager queue")
                        .get(QUEUE)
                        .check(status().is(200))
                        .check(css("#queue\\:table").exists())
                        .check(css("#count-submitted").exists())
                        .check(Faces.saveViewState(), Faces.saveNonce()))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .exec(Faces.ajaxEvent("manager queue: filter on the team (ajax)", QUEUE, "queue", "queue:team", "change",
                                "queue:team", "queue:table queue:counts queue:messages")
                        .formParam("queue:team_input", "#{team}")
                        .formParam("queue:type_input", "")
                        .formParam("queue:status_input", "IN_PROGRESS")
                        .formParam("queue:detainee", "")
                        .formParam("queue:receipt", "")
                        .check(Faces.partialResponse())
                        .check(substring("<update id=\"queue:table\"").exists())
                        .check(regex("requests/request\\.xhtml\\?id=(\\d+)").optional().saveAs(REQUEST_ID)))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .exec(doIf(session -> session.contains(REQUEST_ID)).then(openAndDecide()))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    /** The direction's indicators from a year ago to today, as the period form asks for them, and read. */
    private static ChainBuilder indicatorsOfTheYear() {
        return exec(session -> {
            LocalDate today = LocalDate.now(ZONE);
            return session.set("yearFrom", today.minusYears(1).toString()).set("yearTo", today.toString());
        }).exec(http("direction indicators, a year")
                        .get(INDICATORS + "?from=#{yearFrom}&to=#{yearTo}")
                        .check(status().is(200))
                        .check(css("#occupation").exists())
                        .check(css("#submitted-total").exists()))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /**
     * The request, read, and decided. When the page refuses the decision (someone changed the request since it
     * was opened: the hourly escalation of overdue requests does, "changed meanwhile"), the manager reloads it
     * and decides again, as a person does; a second refusal fails the run.
     */
    private ChainBuilder openAndDecide() {
        return exec(open("manager request"))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30)) // reads the request, its history, the context
                .exec(decide(false))
                .exec(doIf(session -> session.getInt(REFUSED) > 0).then(
                        exec(open("manager request again (changed meanwhile)"))
                                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                                .exec(decide(true))));
    }

    private static HttpRequestActionBuilder open(String name) {
        return http(name)
                .get(REQUEST + "?id=#{" + REQUEST_ID + "}")
                .check(status().is(200))
                .check(css("#summary").exists())
                .check(css("#history").exists())
                .check(css("#decision").exists())
                .check(css("#decision\\:send-answer").count().saveAs(ANSWERABLE))
                // a training or a job with its activity: approved from a first day (not "any work", not an appointment)
                .check(css("#decision\\:from").count().saveAs(APPROVABLE))
                .check(css("#decision\\:work").count().saveAs(ANY_WORK))
                .check(css("select[name='decision:refusal-reason_input'] option", "value").findAll()
                        .transform(ManagerChains::firstChoice).saveAs(REASON))
                .check(Faces.saveViewState(), Faces.saveNonce());
    }

    private static ChainBuilder decide(boolean again) {
        return doIfOrElse(ManagerChains::refuses).then(exec(decision(refuse(again), again)))
                .orElse(doIfOrElse(session -> session.getInt(ANSWERABLE) > 0).then(exec(decision(answer(again), again)))
                        .orElse(approve(again)));
    }

    /** One time in three, or when the page offers no approval the benchmark can fill in. */
    private static boolean refuses(Session session) {
        boolean approvable = session.getInt(APPROVABLE) > 0 && session.getInt(ANY_WORK) == 0;
        return !approvable && session.getInt(ANSWERABLE) == 0 || ThreadLocalRandom.current().nextInt(3) == 0;
    }

    /** The first real choice of a menu (not its "choose" placeholder). */
    static String firstChoice(List<String> values) {
        return values.stream().filter(v -> !v.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no refusal reason offered"));
    }

    private static String name(String decision, boolean again) {
        return "manager decide: " + decision + (again ? " again" : "") + " (ajax)";
    }

    private static HttpRequestActionBuilder refuse(boolean again) {
        return Faces.ajaxButton(name("refuse with a reason", again), REQUEST, "decision", "decision:reject",
                        "decision:reject decision:refusal-reason decision:refusal-text", "page messages")
                .formParam("decision:refusal-reason_input", "#{" + REASON + "}")
                .formParam("decision:refusal-text", "Ce n'est pas possible pour le moment ; nous en reparlerons.");
    }

    private static HttpRequestActionBuilder answer(boolean again) {
        return Faces.ajaxButton(name("answer", again), REQUEST, "decision", "decision:send-answer",
                        "decision:send-answer decision:answer", "page messages")
                .formParam("decision:answer", "Votre demande est notée ; le service vous reçoit cette semaine.");
    }

    /**
     * The decision's checks. The second try must be decided (the page's information message, no error); the first
     * may also be refused by the page (an error message, noted for a second try).
     */
    private static HttpRequestActionBuilder decision(HttpRequestActionBuilder post, boolean again) {
        if (again) {
            return post.check(Faces.partialResponse()).check(substring("ui-messages-info").exists());
        }
        return post.check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists(),
                regex("ui-messages-info|ui-messages-error").exists(),
                substring("ui-messages-error").count().saveAs(REFUSED),
                regex(Faces.PARTIAL_VIEW_STATE).optional().saveAs(Faces.VIEW_STATE_KEY));
    }

    /**
     * A training or a job from tomorrow (a full training goes on its waiting list). When the detainee is busy then,
     * the page answers with the schedule conflict (an error message) and a field for the reason to go ahead: the
     * manager gives one. Any other refusal is one only on the first try.
     */
    private static ChainBuilder approve(boolean again) {
        String execute = "decision:approve decision:from decision:approval-message decision:override";
        String override = "id=\"decision:override\"";
        return exec(approvePost(name("approve", again), execute)
                .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists(),
                        regex(again ? "ui-messages-info|" + override : "ui-messages-info|ui-messages-error").exists(),
                        substring("ui-messages-error").count().saveAs(REFUSED),
                        substring(override).count().saveAs(CONFLICT),
                        regex(Faces.PARTIAL_VIEW_STATE).optional().saveAs(Faces.VIEW_STATE_KEY)))
                .exec(session -> session.set(REFUSED, session.getInt(CONFLICT) > 0 ? 0 : session.getInt(REFUSED)))
                .exec(doIf(session -> session.getInt(CONFLICT) > 0).then(
                        exec(decision(approvePost(name("approve despite the conflict", again), execute)
                                .formParam("decision:override", "Horaires aménagés avec l'atelier."), true))));
    }

    private static HttpRequestActionBuilder approvePost(String name, String execute) {
        return Faces.ajaxButton(name, REQUEST, "decision", "decision:approve", execute, "page messages")
                .formParam("decision:from_input", session -> LocalDate.now(ZONE).plusDays(1).format(STAFF_DATE))
                .formParam("decision:approval-message", "Vous commencez demain ; le planning est à jour.");
    }
}
