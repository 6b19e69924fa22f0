package fr.inserre.kiosk.terminal;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Launch tickets, browser keys and the fleet status, on the entity (the clock is the test's). */
class TerminalLaunchTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    private Terminal pending() {
        return withId(Terminal.inRoom("BORNE-ARR-EC-1", TerminalKind.CITIZEN_SPACE, arras, "Espace citoyen"), 7L);
    }

    /** An enrolled terminal and its secret. */
    private record Enrolled(Terminal terminal, String secret) {
    }

    private Enrolled enrolled() {
        Terminal terminal = pending();
        String secret = terminal.enrol(terminal.issueEnrolmentCode(NOW, Terminal.ENROLMENT_CODE_VALIDITY), NOW);
        return new Enrolled(terminal, secret);
    }

    @Test
    void ticket_opensOneBrowserSession_whoseKeyIsNotTheSecret() {
        Enrolled enrolled = enrolled();
        Terminal terminal = enrolled.terminal();
        String ticket = terminal.issueLaunchTicket(NOW);

        String key = terminal.startBrowserSession(ticket, NOW.plusSeconds(5));

        assertNotEquals(enrolled.secret(), key);
        assertTrue(terminal.accepts(new BrowserKey(key)));
        assertFalse(terminal.accepts(new SharedSecret(key)), "a browser key is no secret");
        assertFalse(terminal.accepts(new BrowserKey(enrolled.secret())), "nor the secret a browser key");
        assertThrows(InvalidLaunchTicketException.class, () -> terminal.startBrowserSession(ticket, NOW.plusSeconds(6)));
    }

    @Test
    void ticket_isRefused_fromTheMinuteItExpires() {
        Terminal terminal = enrolled().terminal();
        String ticket = terminal.issueLaunchTicket(NOW);

        assertThrows(InvalidLaunchTicketException.class,
                () -> terminal.startBrowserSession(ticket, NOW.plus(Terminal.LAUNCH_TICKET_VALIDITY)));
    }

    @Test
    void aNewTicket_replacesThePendingOne_andANewSession_endsThePreviousBrowser() {
        Terminal terminal = enrolled().terminal();
        String first = terminal.issueLaunchTicket(NOW);
        String second = terminal.issueLaunchTicket(NOW);
        assertThrows(InvalidLaunchTicketException.class, () -> terminal.startBrowserSession(first, NOW));
        String oldKey = terminal.startBrowserSession(terminal.issueLaunchTicket(NOW), NOW);

        String newKey = terminal.startBrowserSession(terminal.issueLaunchTicket(NOW), NOW);

        assertNotEquals(first, second);
        assertFalse(terminal.accepts(new BrowserKey(oldKey)));
        assertTrue(terminal.accepts(new BrowserKey(newKey)));
    }

    @Test
    void onlyAnEnrolledTerminal_getsATicket() {
        Terminal revoked = enrolled().terminal();
        revoked.revoke(NOW);

        assertThrows(TerminalNotEnrolledException.class, () -> pending().issueLaunchTicket(NOW));
        assertThrows(TerminalRevokedException.class, () -> revoked.issueLaunchTicket(NOW));
    }

    @Test
    void revokingOrEnrollingAgain_endsTheBrowserSessionAndThePendingTicket() {
        Terminal terminal = enrolled().terminal();
        String key = terminal.startBrowserSession(terminal.issueLaunchTicket(NOW), NOW);
        String pendingTicket = terminal.issueLaunchTicket(NOW);
        terminal.enrol(terminal.issueEnrolmentCode(NOW, Terminal.ENROLMENT_CODE_VALIDITY), NOW);

        assertFalse(terminal.accepts(new BrowserKey(key)), "new hardware: the old browser is cut off");
        assertThrows(InvalidLaunchTicketException.class, () -> terminal.startBrowserSession(pendingTicket, NOW));

        String again = terminal.startBrowserSession(terminal.issueLaunchTicket(NOW), NOW);
        terminal.revoke(NOW);
        assertFalse(terminal.accepts(new BrowserKey(again)));
    }

    @Test
    void fleetStatus_isOnlineUpToTheDelayAfterTheLastContact_andOfflineAfter() throws Exception {
        Terminal terminal = enrolled().terminal();
        java.lang.reflect.Field lastSeenAt = Terminal.class.getDeclaredField("lastSeenAt");
        lastSeenAt.setAccessible(true);
        lastSeenAt.set(terminal, NOW);

        assertEquals(FleetStatus.ONLINE, terminal.fleetStatus(NOW.plus(OFFLINE_AFTER), OFFLINE_AFTER));
        assertEquals(FleetStatus.OFFLINE, terminal.fleetStatus(NOW.plus(OFFLINE_AFTER).plusSeconds(1), OFFLINE_AFTER));
    }

    @Test
    void fleetStatus_onlineUntilSilentForTheDelay_thenOffline_andLifeCycleStatusesAsSuch() {
        Terminal terminal = enrolled().terminal();
        assertEquals(FleetStatus.OFFLINE, terminal.fleetStatus(NOW, OFFLINE_AFTER), "never heard from");
        assertEquals(FleetStatus.PENDING_ENROLMENT, pending().fleetStatus(NOW, OFFLINE_AFTER));
        terminal.startMaintenance();
        assertEquals(FleetStatus.MAINTENANCE, terminal.fleetStatus(NOW, OFFLINE_AFTER));
        terminal.revoke(NOW);
        assertEquals(FleetStatus.REVOKED, terminal.fleetStatus(NOW, OFFLINE_AFTER));
    }
}
