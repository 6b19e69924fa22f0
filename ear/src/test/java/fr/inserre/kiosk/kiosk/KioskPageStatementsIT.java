package fr.inserre.kiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements per HTTP request of each kiosk page (issue 10: at most 5 whatever the data size),
 * counted by Hibernate's statistics (enabled in persistence.xml) around real requests of a kiosk: the
 * terminal filter, the authentication, the page's services, all of it. The detainee first gets a
 * long history (hundreds of requests with their events, hundreds of notifications), so that a query
 * per row would show. Runs inside the server (to read the statistics) and requests it over HTTP. The
 * statistics count the whole server: a timer of the application (escalation, session planning) running
 * at that moment would add its statements, so each page is requested twice and the lower count kept (a
 * page's own count is the same both times, but for the terminal's last-seen time, written at most once a
 * minute, which then counts in the first only; a timer does not run twice within a second).
 */
@ExtendWith(ArquillianExtension.class)
class KioskPageStatementsIT {

    /** Demo detainee 117 (badge B100118, cell C-018): no other test uses it. */
    private static final int DEMO_INDEX = 117;
    private static final String BADGE = "B" + (100_001 + DEMO_INDEX);
    private static final String TERMINAL = "BORNE-ARR-C-018";
    private static final String FIRST_PIN = "246810";
    private static final String CHOSEN_PIN = "731942";
    /** Issue 10's bound for a kiosk page. */
    private static final int MAX_STATEMENTS = 5;
    private static final int HISTORY = 400;

    private static final Pattern ITEM_LINK = Pattern.compile("kiosk/schedule/item\\.xhtml\\?type=(\\w+)&amp;id=(\\d+)");
    private static final Pattern DISPUTE_LINK = Pattern.compile("kiosk/hours/dispute\\.xhtml\\?line=(\\d+)");
    private static final Pattern REQUEST_LINK = Pattern.compile("kiosk/requests/request\\.xhtml\\?id=(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(KioskPageStatementsIT.class, KioskHttpSession.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void everyKioskPage_costsAtMostFiveStatements_whateverTheDetaineesHistory() throws Exception {
        long detainee = giveALongHistory();
        KioskHttpSession kiosk = KioskHttpSession.logIn(base, TERMINAL, BADGE, FIRST_PIN, CHOSEN_PIN);
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();

        HttpResponse<String> home = count(statistics, counts, "home", kiosk, "kiosk/index.xhtml", "tile-schedule");
        HttpResponse<String> week = count(statistics, counts, "week", kiosk, "kiosk/schedule/week.xhtml", "next-week");
        count(statistics, counts, "next week", kiosk, "kiosk/schedule/week.xhtml?week=1", "previous-week");
        Matcher item = ITEM_LINK.matcher(week.body());
        assertTrue(item.find(), "the demo detainee works or trains this week: " + week.body());
        count(statistics, counts, "item", kiosk, "kiosk/schedule/item.xhtml?type=" + item.group(1) + "&id="
                + item.group(2), "when");
        HttpResponse<String> mine = count(statistics, counts, "mine", kiosk, "kiosk/requests/mine.xhtml", "request-");
        Matcher request = REQUEST_LINK.matcher(mine.body());
        assertTrue(request.find(), "the history is listed");
        count(statistics, counts, "request", kiosk, "kiosk/requests/request.xhtml?id=" + request.group(1), "history");
        count(statistics, counts, "trainings", kiosk, "kiosk/requests/trainings.xhtml", "intro");
        count(statistics, counts, "jobs", kiosk, "kiosk/requests/jobs.xhtml", "intro");
        count(statistics, counts, "new", kiosk, "kiosk/requests/new.xhtml", "request");
        count(statistics, counts, "appointment", kiosk, "kiosk/requests/appointment.xhtml", "appointment");
        count(statistics, counts, "hours", kiosk, "kiosk/hours/index.xhtml", "kiosk-title");
        count(statistics, counts, "consultations", kiosk, "kiosk/identity/consultations.xhtml", "kiosk-title");
        HttpResponse<String> sessions = count(statistics, counts, "sessions", kiosk,
                "kiosk/hours/sessions.xhtml?period=SINCE_ARRIVAL", "kiosk-title");
        Matcher line = DISPUTE_LINK.matcher(sessions.body());
        assertTrue(line.find(), "the demo detainee has lines to dispute: " + sessions.body());
        count(statistics, counts, "dispute", kiosk, "kiosk/hours/dispute.xhtml?line=" + line.group(1), "disputed-line");
        count(statistics, counts, "partners", kiosk, "kiosk/citizen/appointments.xhtml", "offers");
        count(statistics, counts, "release", kiosk, "kiosk/citizen/release.xhtml", "summary");
        count(statistics, counts, "cv", kiosk, "kiosk/citizen/cv.xhtml", "cv-preview");
        assertTrue(home.body().contains("notifications-form"), "unread notifications to mark read");
        // The home again just before its form is sent: the server keeps the views of the last pages only.
        HttpResponse<String> homeAgain = kiosk.get("kiosk/index.xhtml");
        statistics.clear();
        HttpResponse<String> read = kiosk.submit(homeAgain, "notifications-form", Map.of(), "notifications-form:mark-read");
        counts.put("J'ai lu (POST, then the home again)", statistics.getPrepareStatementCount());
        KioskHttpSession.check(read, "tile-schedule");
        assertTrue(!read.body().contains("notifications-form"), "all read");

        System.out.println("Kiosk statements per request (detainee " + detainee + ", " + HISTORY
                + " requests and notifications): " + counts);
        // The POST and the home it redirects to are two HTTP requests: the bound holds for each.
        counts.forEach((page, statements) -> assertTrue(statements <= MAX_STATEMENTS * (page.startsWith("J'ai lu") ? 2 : 1),
                () -> page + ": " + statements + " statements " + counts));
    }

    private static HttpResponse<String> count(Statistics statistics, Map<String, Long> counts, String name,
            KioskHttpSession kiosk, String path, String marker) throws Exception {
        long fewest = Long.MAX_VALUE;
        HttpResponse<String> page = null;
        for (int time = 0; time < 2; time++) {
            statistics.clear();
            page = kiosk.get(path);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            KioskHttpSession.check(page, marker);
        }
        counts.put(name, fewest);
        return page;
    }

    /** Hundreds of answered requests with their events, and hundreds of notifications, half of them unread. */
    private long giveALongHistory() throws Exception {
        transaction.begin();
        long detainee = ((Number) em.createNativeQuery("select detainee_id from detainee_credential where badge_number = ?")
                .setParameter(1, BADGE).getSingleResult()).longValue();
        long establishment = ((Number) em.createNativeQuery("select establishment_id from detainee where id = ?")
                .setParameter(1, detainee).getSingleResult()).longValue();
        em.createNativeQuery("insert into detainee_request (establishment_id, detainee_id, type, team, status, text, "
                + "client_token, submitted_at, due_date, decided_at, decided_by, decided_by_name, reason_text, created_at, "
                + "created_by, updated_at, updated_by) select ?, ?, 'GENERAL', 'GREFFE', 'ANSWERED', concat('Question ', seq), "
                + "uuid(), utc_timestamp(6) - interval seq hour, utc_date(), utc_timestamp(6) - interval seq minute, "
                + "'staff:test', 'Greffe', 'Réponse', utc_timestamp(6), 'test', utc_timestamp(6), 'test' "
                + "from seq_1_to_" + HISTORY)
                .setParameter(1, establishment).setParameter(2, detainee).executeUpdate();
        em.createNativeQuery("insert into request_event (request_id, at, kind, status, actor, actor_name, team, text, "
                + "visible_to_detainee) select r.id, r.submitted_at, k.kind, k.status, 'test', 'Greffe', 'GREFFE', "
                + "null, true from detainee_request r join (select 'SUBMITTED' kind, 'SUBMITTED' status union all "
                + "select 'ACKNOWLEDGED', 'IN_REVIEW' union all select 'ANSWERED', 'ANSWERED') k where r.detainee_id = ?")
                .setParameter(1, detainee).executeUpdate();
        em.createNativeQuery("insert into notification (detainee_id, created_at, kind, subject, read_at) "
                + "select ?, utc_timestamp(6) - interval seq minute, 'REQUEST_ANSWERED', concat('Demande ', seq), "
                + "if(seq % 2 = 0, utc_timestamp(6), null) from seq_1_to_" + HISTORY)
                .setParameter(1, detainee).executeUpdate();
        transaction.commit();
        return detainee;
    }
}
