package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.LoopbackHttp;
import fr.inserre.kiosk.testing.LoopbackHttp.Answer;
import fr.inserre.kiosk.testing.RunAsSystem;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terminal fleet on the real EAR and a real MariaDB: launch tickets and browser keys, heartbeats
 * through the HTTP API (strict bodies: 400 and never 500 for what a client sends; revoked terminals
 * refused), and the offline rule of the fleet page. In the container, so that terminals can be
 * enrolled through the service; the API is called over HTTP on the server's own port. Time passes by
 * moving stored instants into the past with a native update, as in TerminalServiceIT.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(RunAsSystem.class)
class TerminalFleetIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String HEARTBEAT = "api/terminals/heartbeat";
    private static final String TICKET = "api/terminals/ticket";
    private static final String REPORT = "{\"version\":\"0.1.0-1\",\"uptimeSeconds\":3600,\"lastError\":null}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TerminalFleetIT.class, LoopbackHttp.class, Answer.class);
    }

    @Inject
    AsSystem system;

    @Inject
    TerminalService terminals;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Establishment establishment;
    private URL base;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100);
        // This server's own HTTP port: 8080 shifted by the offset the tests started it with.
        base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/inserre/").toURL();
    }

    /** A new workshop terminal of this test's establishment, enrolled: its credential. */
    private Enrolment enrolledTerminal() {
        Terminal terminal = terminals.registerInRoom("BORNE-" + establishment.getCode() + "-" + NEXT.incrementAndGet(),
                TerminalKind.WORKSHOP, establishment.getId(), "Atelier " + NEXT.get());
        return terminals.enrol(terminals.issueEnrolmentCode(terminal.getId()));
    }

    private Terminal terminal(Enrolment enrolment) {
        return terminals.findByCode(enrolment.terminalCode()).orElseThrow();
    }

    private static Map<String, String> headers(Enrolment terminal) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Inserre-Terminal", terminal.terminalCode() + " " + terminal.secret());
        return headers;
    }

    private Answer post(String path, Map<String, String> headers, String body) throws Exception {
        return LoopbackHttp.send(LoopbackHttp.freshAddress(), base, "POST", path, headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private void moveIntoThePast(String column, Terminal terminal, Duration ago) throws Exception {
        transaction.begin();
        int updated = em.createNativeQuery("update terminal set " + column + " = ? where id = ?")
                .setParameter(1, LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC))
                .setParameter(2, terminal.getId())
                .executeUpdate();
        transaction.commit();
        assertEquals(1, updated);
    }

    private List<String> fleet(FleetStatus status) {
        return terminals.list(establishment.getId(), new TerminalFilter(null, null, null, null, status, null),
                new PageRequest(0, 100, "code", true)).stream().map(Terminal::getCode).toList();
    }

    // --- Launch tickets and browser keys -------------------------------------------------------------

    @Test
    void launchTicket_opensOneBrowserSession_once_andTheNextStartEndsThePreviousBrowser() {
        Enrolment terminal = enrolledTerminal();
        SharedSecret secret = new SharedSecret(terminal.secret());

        LaunchTicket ticket = terminals.issueLaunchTicket(terminal.terminalCode(), secret);
        BrowserSession first = terminals.startBrowserSession(ticket.value());
        InvalidLaunchTicketException again = assertThrows(InvalidLaunchTicketException.class,
                () -> terminals.startBrowserSession(ticket.value()));
        TerminalAccess byKey = terminals.authenticate(terminal.terminalCode(), new BrowserKey(first.key()));
        BrowserSession second = terminals.startBrowserSession(
                terminals.issueLaunchTicket(terminal.terminalCode(), secret).value());

        assertEquals("terminal.launchTicket.invalid", again.getMessageKey(), "a ticket works once");
        assertEquals(terminal.terminalCode(), byKey.code());
        assertNotEquals(terminal.secret(), first.key(), "the browser never gets the terminal's secret");
        assertThrows(TerminalNotRecognisedException.class,
                () -> terminals.authenticate(terminal.terminalCode(), new BrowserKey(first.key())));
        assertEquals(terminal.terminalCode(),
                terminals.authenticate(terminal.terminalCode(), new BrowserKey(second.key())).code());
        assertThrows(TerminalNotRecognisedException.class,
                () -> terminals.issueLaunchTicket(terminal.terminalCode(), new SharedSecret(second.key())),
                "a browser key cannot get tickets");
    }

    @Test
    void launchTicket_isRefused_aMinuteAfterItWasIssued() throws Exception {
        Enrolment terminal = enrolledTerminal();
        LaunchTicket ticket = terminals.issueLaunchTicket(terminal.terminalCode(), new SharedSecret(terminal.secret()));
        assertTrue(Duration.between(Instant.now(), ticket.expiresAt()).toSeconds() <= 60);

        moveIntoThePast("launch_ticket_expires_at", terminal(terminal), Duration.ofSeconds(1));

        assertThrows(InvalidLaunchTicketException.class, () -> terminals.startBrowserSession(ticket.value()));
        assertTrue(audit.forEntity("Terminal", terminal(terminal).getId()).stream()
                .anyMatch(r -> r.getAction().equals("terminal.browserSession.start")
                        && r.getOutcome().name().equals("REFUSED")), "the refusal is audited");
    }

    @Test
    void revokingATerminal_endsItsBrowserSession_andRefusesItsLauncher() {
        Enrolment terminal = enrolledTerminal();
        SharedSecret secret = new SharedSecret(terminal.secret());
        LaunchTicket pending = terminals.issueLaunchTicket(terminal.terminalCode(), secret);
        BrowserSession session = terminals.startBrowserSession(
                terminals.issueLaunchTicket(terminal.terminalCode(), secret).value());

        terminals.revoke(terminal(terminal).getId());

        assertThrows(TerminalNotRecognisedException.class,
                () -> terminals.authenticate(terminal.terminalCode(), new BrowserKey(session.key())));
        assertThrows(TerminalNotRecognisedException.class, () -> terminals.issueLaunchTicket(terminal.terminalCode(), secret));
        assertThrows(InvalidLaunchTicketException.class, () -> terminals.startBrowserSession(pending.value()));
    }

    @Test
    void ticketApi_answersATicket_toTheTerminalsSecret_and403WithoutIt() throws Exception {
        Enrolment terminal = enrolledTerminal();
        Map<String, String> noCredential = Map.of();

        Answer issued = post(TICKET, headers(terminal), "");
        Answer without = post(TICKET, noCredential, "");
        Answer withBody = post(TICKET, headers(terminal), "{\"padding\":1}");

        assertEquals(200, issued.status(), issued.body());
        assertTrue(issued.body().matches("\\{\"ticket\":\"[A-Za-z0-9_-]{43}\",\"expiresInSeconds\":(59|60)}"),
                issued.body());
        assertEquals(403, without.status());
        assertEquals("{\"error\":\"terminal_not_recognised\"}", without.body());
        assertEquals(400, withBody.status(), "a ticket request has no body");
    }

    // --- Heartbeats ------------------------------------------------------------------------------------

    @Test
    void heartbeat_isRecorded_andAnswersTheConfigurationTheKioskApplies() throws Exception {
        Enrolment enrolment = enrolledTerminal();

        Answer answer = post(HEARTBEAT, headers(enrolment),
                "{\"version\":\"0.1.0~20261130-1\",\"uptimeSeconds\":86400,\"lastError\":\"ticket: server unreachable\"}");
        terminals.startMaintenance(terminal(enrolment).getId());
        Answer inMaintenance = post(HEARTBEAT, headers(enrolment), REPORT);

        assertEquals(200, answer.status(), answer.body());
        assertEquals("{\"status\":\"ACTIVE\",\"maintenance\":false,\"idleTimeoutSeconds\":"
                + establishment.getKioskIdleSeconds() + ",\"language\":\"fr\",\"heartbeatSeconds\":60}", answer.body());
        assertEquals(200, inMaintenance.status(), inMaintenance.body());
        assertTrue(inMaintenance.body().contains("\"maintenance\":true"), inMaintenance.body());
        Terminal recorded = terminal(enrolment);
        assertEquals("0.1.0-1", recorded.getPackageVersion(), "the last report is kept");
        assertEquals(3600L, recorded.getUptimeSeconds());
        assertNull(recorded.getLastError(), "no error in the last report");
        assertTrue(Duration.between(recorded.getLastHeartbeatAt(), Instant.now()).abs().toSeconds() < 30);
        assertTrue(Duration.between(recorded.getLastSeenAt(), Instant.now()).abs().toSeconds() < 30);
        assertEquals(List.of(), fleet(FleetStatus.OFFLINE));
    }

    @Test
    void heartbeat_fromARevokedTerminal_isRefused403_andAudited() throws Exception {
        Enrolment enrolment = enrolledTerminal();
        assertEquals(200, post(HEARTBEAT, headers(enrolment), REPORT).status());
        terminals.revoke(terminal(enrolment).getId());

        Answer refused = post(HEARTBEAT, headers(enrolment), REPORT);

        assertEquals(403, refused.status());
        assertEquals("{\"error\":\"terminal_not_recognised\"}", refused.body());
        assertThrows(TerminalNotRecognisedException.class, () -> terminals.heartbeat(enrolment.terminalCode(),
                new SharedSecret(enrolment.secret()), new Heartbeat("0.1.0-1", 1, null)));
        assertTrue(audit.forEntity("Terminal", terminal(enrolment).getId()).stream()
                .anyMatch(r -> r.getAction().equals("terminal.heartbeat") && r.getOutcome().name().equals("REFUSED")));
    }

    @Test
    void heartbeat_withTheBrowsersKey_orWithoutCredential_isRefused403() throws Exception {
        Enrolment enrolment = enrolledTerminal();
        BrowserSession browser = terminals.startBrowserSession(terminals.issueLaunchTicket(enrolment.terminalCode(),
                new SharedSecret(enrolment.secret())).value());
        Map<String, String> withKey = Map.of("Content-Type", "application/json",
                "Cookie", "inserre_terminal=" + enrolment.terminalCode() + "." + browser.key());
        Map<String, String> keyAsHeader = Map.of("Content-Type", "application/json",
                "X-Inserre-Terminal", enrolment.terminalCode() + " " + browser.key());

        assertEquals(403, post(HEARTBEAT, withKey, REPORT).status());
        assertEquals(403, post(HEARTBEAT, keyAsHeader, REPORT).status());
        assertEquals(403, post(HEARTBEAT, Map.of("Content-Type", "application/json"), REPORT).status());
    }

    @Test
    void malformedOrInvalidHeartbeats_get400_andAreNeverA500() throws Exception {
        List<String> bodies = List.of("", "not json", "[]", "{}", "null", "{\"version\":\"0.1.0-1\"}",
                "{\"uptimeSeconds\":1}", "{\"version\":1,\"uptimeSeconds\":1}", "{\"version\":\"0.1\",\"uptimeSeconds\":1.5}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":\"1\"}", "{\"version\":\"0.1\",\"uptimeSeconds\":-1}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1e30}", "{\"version\":\"0.1\",\"uptimeSeconds\":99999999999999}",
                "{\"version\":\"\",\"uptimeSeconds\":1}", "{\"version\":\"0.1 beta\",\"uptimeSeconds\":1}",
                "{\"version\":\"<script>\",\"uptimeSeconds\":1}", "{\"version\":\"" + "1".repeat(41) + "\",\"uptimeSeconds\":1}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1,\"lastError\":5}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1,\"lastError\":\"line\\nbreak\"}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1,\"lastError\":\"" + "e".repeat(501) + "\"}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1,\"extra\":true}",
                "{\"version\":\"0.1\",\"uptimeSeconds\":1} {}", "{\"version\":\"0.1\",\"uptimeSeconds\":1");
        // Ten calls a minute per terminal: a terminal of its own for every five bodies.
        Enrolment enrolment = null;
        for (int i = 0; i < bodies.size(); i++) {
            if (i % 5 == 0) {
                enrolment = enrolledTerminal();
            }
            Answer answer = post(HEARTBEAT, headers(enrolment), bodies.get(i));

            assertEquals(400, answer.status(), bodies.get(i) + " -> " + answer.body());
            assertEquals("{\"error\":\"malformed_request\"}", answer.body(), bodies.get(i));
        }
        assertNull(terminal(enrolment).getLastHeartbeatAt(), "nothing of them is recorded");
    }

    @Test
    void oversizedHeartbeats_get400_withOrWithoutAContentLength() throws Exception {
        Enrolment enrolment = enrolledTerminal();
        String oversized = "{\"version\":\"0.1\",\"uptimeSeconds\":1,\"lastError\":\"" + "e".repeat(5_000) + "\"}";

        Answer withLength = post(HEARTBEAT, headers(enrolment), oversized);
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(base + HEARTBEAT))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(oversized.getBytes(StandardCharsets.UTF_8))));
        headers(enrolment).forEach(chunked::header);
        HttpResponse<String> withoutLength = HttpClient.newHttpClient().send(chunked.build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, withLength.status());
        assertEquals("{\"error\":\"request_too_large\"}", withLength.body());
        assertEquals(400, withoutLength.statusCode());
        assertEquals("{\"error\":\"request_too_large\"}", withoutLength.body());
    }

    @Test
    void tenCallsAMinutePerTerminal_thenItGets429() throws Exception {
        Enrolment enrolment = enrolledTerminal();
        for (int call = 1; call <= 10; call++) {
            assertEquals(200, post(HEARTBEAT, headers(enrolment), REPORT).status(), "call " + call);
        }

        Answer eleventh = post(HEARTBEAT, headers(enrolment), REPORT);
        Answer otherTerminal = post(HEARTBEAT, headers(enrolledTerminal()), REPORT);

        assertEquals(429, eleventh.status());
        assertEquals("{\"error\":\"too_many_attempts\"}", eleventh.body());
        assertTrue(Integer.parseInt(eleventh.header("Retry-After")) <= 60);
        assertEquals(200, otherTerminal.status(), "another terminal is not held back");
    }

    // --- The fleet: online / offline -------------------------------------------------------------------

    @Test
    void activeTerminal_silentForLongerThanTheOfflineDelay_isShownOffline_andOnlineAgainWhenHeard() throws Exception {
        Enrolment heard = enrolledTerminal();
        Enrolment silent = enrolledTerminal();
        Enrolment neverHeard = enrolledTerminal();
        Enrolment inMaintenance = enrolledTerminal();
        terminals.startMaintenance(terminal(inMaintenance).getId());
        for (Enrolment terminal : List.of(heard, silent, inMaintenance)) {
            assertEquals(200, post(HEARTBEAT, headers(terminal), REPORT).status());
        }
        Duration delay = terminals.offlineAfter();
        moveIntoThePast("last_seen_at", terminal(silent), delay.plusSeconds(30));
        moveIntoThePast("last_seen_at", terminal(inMaintenance), delay.plusMinutes(10));

        assertEquals(List.of(heard.terminalCode()), fleet(FleetStatus.ONLINE));
        assertEquals(List.of(silent.terminalCode(), neverHeard.terminalCode()).stream().sorted().toList(),
                fleet(FleetStatus.OFFLINE));
        assertEquals(List.of(inMaintenance.terminalCode()), fleet(FleetStatus.MAINTENANCE),
                "maintenance is shown as such, heard from or not");
        assertEquals(2, terminals.count(establishment.getId(), new TerminalFilter(null, null, null, null,
                FleetStatus.OFFLINE, null)));
        assertEquals(FleetStatus.OFFLINE, terminal(silent).fleetStatus(Instant.now(), delay));

        assertEquals(200, post(HEARTBEAT, headers(silent), REPORT).status());
        assertEquals(FleetStatus.ONLINE, terminal(silent).fleetStatus(Instant.now(), delay));
        assertEquals(List.of(heard.terminalCode(), silent.terminalCode()).stream().sorted().toList(),
                fleet(FleetStatus.ONLINE));
    }
}
