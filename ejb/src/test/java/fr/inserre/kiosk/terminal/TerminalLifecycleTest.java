package fr.inserre.kiosk.terminal;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The terminal's life cycle: enrolment codes, enrolment, maintenance, revocation, credential checks. */
class TerminalLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration DAY = Terminal.ENROLMENT_CODE_VALIDITY;

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    private Terminal pending() {
        return withId(Terminal.inRoom("BORNE-ARR-AT-1", TerminalKind.WORKSHOP, arras, "Atelier 1"), 5L);
    }

    /** A terminal brought to the status through the legal transitions only. */
    private Terminal in(TerminalStatus status) {
        Terminal terminal = pending();
        if (status == TerminalStatus.REVOKED) {
            terminal.revoke(NOW);
        } else if (status != TerminalStatus.PENDING_ENROLMENT) {
            terminal.enrol(terminal.issueEnrolmentCode(NOW, DAY), NOW);
            if (status == TerminalStatus.MAINTENANCE) {
                terminal.startMaintenance();
            }
        }
        assertEquals(status, terminal.getStatus());
        return terminal;
    }

    /** Every action in every status: the resulting status, or the refusal. */
    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(textBlock = """
            PENDING_ENROLMENT, issueCode,        PENDING_ENROLMENT
            PENDING_ENROLMENT, enrol,            ACTIVE
            PENDING_ENROLMENT, revoke,           REVOKED
            PENDING_ENROLMENT, startMaintenance, TerminalNotEnrolledException
            PENDING_ENROLMENT, endMaintenance,   TerminalNotInMaintenanceException
            ACTIVE,            issueCode,        ACTIVE
            ACTIVE,            enrol,            ACTIVE
            ACTIVE,            revoke,           REVOKED
            ACTIVE,            startMaintenance, MAINTENANCE
            ACTIVE,            endMaintenance,   TerminalNotInMaintenanceException
            MAINTENANCE,       issueCode,        MAINTENANCE
            MAINTENANCE,       enrol,            MAINTENANCE
            MAINTENANCE,       revoke,           REVOKED
            MAINTENANCE,       startMaintenance, TerminalAlreadyInMaintenanceException
            MAINTENANCE,       endMaintenance,   ACTIVE
            REVOKED,           issueCode,        PENDING_ENROLMENT
            REVOKED,           enrol,            InvalidEnrolmentCodeException
            REVOKED,           revoke,           TerminalRevokedException
            REVOKED,           startMaintenance, TerminalRevokedException
            REVOKED,           endMaintenance,   TerminalRevokedException
            """)
    void transition_leadsToTheStatusOrIsRefused(TerminalStatus from, String action, String outcome) {
        Terminal terminal = in(from);
        Runnable transition = switch (action) {
            case "issueCode" -> () -> terminal.issueEnrolmentCode(NOW, DAY);
            // "enrol" with a freshly issued code, except from REVOKED: a revoked terminal has no pending code.
            case "enrol" -> from == TerminalStatus.REVOKED ? () -> terminal.enrol("ABCDEFGHJK", NOW)
                    : enrolWithFreshCode(terminal);
            case "revoke" -> () -> terminal.revoke(NOW);
            case "startMaintenance" -> terminal::startMaintenance;
            case "endMaintenance" -> terminal::endMaintenance;
            default -> throw new IllegalArgumentException(action);
        };

        if (outcome.endsWith("Exception")) {
            BusinessException refusal = assertThrows(BusinessException.class, transition::run);
            assertEquals(outcome, refusal.getClass().getSimpleName());
            assertEquals(from, terminal.getStatus(), "a refused transition changes nothing");
        } else {
            transition.run();
            assertEquals(TerminalStatus.valueOf(outcome), terminal.getStatus());
        }
    }

    private static Runnable enrolWithFreshCode(Terminal terminal) {
        String code = terminal.issueEnrolmentCode(NOW, DAY);
        return () -> terminal.enrol(code, NOW.plusSeconds(1));
    }

    @Test
    void newTerminal_isPendingEnrolment_withoutAnyCredential() {
        Terminal terminal = pending();

        assertEquals(TerminalStatus.PENDING_ENROLMENT, terminal.getStatus());
        assertNull(terminal.enrolmentCodeHash());
        assertNull(terminal.secretHash());
        assertNull(terminal.getEnrolledAt());
        assertFalse(terminal.accepts(new SharedSecret("anything")));
    }

    @Test
    void issueEnrolmentCode_keepsOnlyItsHash_andItsExpiry() {
        Terminal terminal = pending();

        String code = terminal.issueEnrolmentCode(NOW, DAY);

        assertTrue(code.matches("[A-HJ-NP-Z2-9]{10}"), code);
        assertEquals(TerminalSecrets.hash(code), terminal.enrolmentCodeHash());
        assertEquals(NOW.plus(Duration.ofHours(24)), terminal.getEnrolmentCodeExpiresAt());
    }

    @Test
    void issueEnrolmentCode_refused_whenValidityIsNotPositive() {
        Terminal terminal = pending();

        assertThrows(IllegalArgumentException.class, () -> terminal.issueEnrolmentCode(NOW, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> terminal.issueEnrolmentCode(NOW, Duration.ofMinutes(-1)));
        assertNull(terminal.enrolmentCodeHash());
    }

    @Test
    void issueEnrolmentCode_again_replacesTheEarlierCode() {
        Terminal terminal = pending();
        String first = terminal.issueEnrolmentCode(NOW, DAY);
        String second = terminal.issueEnrolmentCode(NOW.plusSeconds(60), DAY);

        assertThrows(InvalidEnrolmentCodeException.class, () -> terminal.enrol(first, NOW.plusSeconds(120)));
        terminal.enrol(second, NOW.plusSeconds(120));

        assertEquals(TerminalStatus.ACTIVE, terminal.getStatus());
        assertEquals(NOW.plusSeconds(120), terminal.getEnrolledAt());
    }

    @Test
    void enrol_givesASecret_keepsOnlyItsHash_andConsumesTheCode() {
        Terminal terminal = pending();
        String code = terminal.issueEnrolmentCode(NOW, DAY);

        String secret = terminal.enrol(code, NOW.plusSeconds(30));

        assertEquals(43, secret.length());
        assertEquals(TerminalSecrets.hash(secret), terminal.secretHash());
        assertNull(terminal.enrolmentCodeHash());
        assertNull(terminal.getEnrolmentCodeExpiresAt());
        assertTrue(terminal.accepts(new SharedSecret(secret)));
    }

    @Test
    void enrol_refused_whenTheCodeIsUsedASecondTime() {
        Terminal terminal = pending();
        String code = terminal.issueEnrolmentCode(NOW, DAY);
        String secret = terminal.enrol(code, NOW);

        assertThrows(InvalidEnrolmentCodeException.class, () -> terminal.enrol(code, NOW.plusSeconds(1)));

        assertTrue(terminal.accepts(new SharedSecret(secret)), "the first enrolment stands");
    }

    @Test
    void enrol_refused_whenTheCodeIsWrong() {
        Terminal terminal = pending();
        String code = terminal.issueEnrolmentCode(NOW, DAY);
        String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);

        InvalidEnrolmentCodeException refusal = assertThrows(InvalidEnrolmentCodeException.class,
                () -> terminal.enrol(wrong, NOW));

        assertEquals("terminal.enrolment.invalid", refusal.getMessageKey());
        assertEquals(List.of(), refusal.getArguments(), "says nothing about the terminal");
        assertEquals(TerminalStatus.PENDING_ENROLMENT, terminal.getStatus());
        assertEquals(TerminalSecrets.hash(code), terminal.enrolmentCodeHash(), "the right code still works");
    }

    @Test
    void enrol_accepts_whenTypedInLowercaseWithDashesAndSpaces() {
        Terminal terminal = pending();
        String code = terminal.issueEnrolmentCode(NOW, DAY);
        String typed = " " + code.substring(0, 5).toLowerCase() + "-" + code.substring(5) + " ";

        terminal.enrol(typed, NOW);

        assertEquals(TerminalStatus.ACTIVE, terminal.getStatus());
    }

    @Test
    void enrol_accepted_justBeforeExpiry_andRefusedFromTheExpiryInstantOn() {
        Terminal early = pending();
        String earlyCode = early.issueEnrolmentCode(NOW, DAY);
        Terminal late = pending();
        String lateCode = late.issueEnrolmentCode(NOW, DAY);
        Instant expiry = NOW.plus(DAY);

        early.enrol(earlyCode, expiry.minusMillis(1));
        EnrolmentCodeExpiredException refusal = assertThrows(EnrolmentCodeExpiredException.class,
                () -> late.enrol(lateCode, expiry));

        assertEquals(TerminalStatus.ACTIVE, early.getStatus());
        assertEquals("terminal.enrolment.expired", refusal.getMessageKey());
        assertEquals(TerminalStatus.PENDING_ENROLMENT, late.getStatus());
        assertNull(late.secretHash());
    }

    @Test
    void isEnrolmentCodeExpired_onlyWhenACodeIsPendingAndPastItsExpiry() {
        Terminal terminal = pending();
        assertFalse(terminal.isEnrolmentCodeExpired(NOW.plus(Duration.ofDays(400))), "no code, nothing expires");
        terminal.issueEnrolmentCode(NOW, Duration.ofHours(1));

        assertFalse(terminal.isEnrolmentCodeExpired(NOW.plusSeconds(3_599)));
        assertTrue(terminal.isEnrolmentCodeExpired(NOW.plusSeconds(3_600)));
    }

    @Test
    void reEnrolment_replacesTheSecret_theOldOneStopsWorking() {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        String old = reEnrol(terminal, NOW);
        String pendingCode = terminal.issueEnrolmentCode(NOW.plusSeconds(10), DAY);

        assertTrue(terminal.accepts(new SharedSecret(old)), "still valid while the new code is unused");
        String fresh = terminal.enrol(pendingCode, NOW.plusSeconds(20));

        assertFalse(terminal.accepts(new SharedSecret(old)));
        assertTrue(terminal.accepts(new SharedSecret(fresh)));
        assertNotEquals(old, fresh);
    }

    private static String reEnrol(Terminal terminal, Instant at) {
        return terminal.enrol(terminal.issueEnrolmentCode(at, DAY), at);
    }

    @Test
    void revoke_erasesTheSecretAndAnyPendingCode_andRecordsWhen() {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        String secret = reEnrol(terminal, NOW);
        String pendingCode = terminal.issueEnrolmentCode(NOW, DAY);
        Instant at = NOW.plusSeconds(300);

        terminal.revoke(at);

        assertEquals(at, terminal.getRevokedAt());
        assertNull(terminal.secretHash());
        assertNull(terminal.enrolmentCodeHash());
        assertFalse(terminal.accepts(new SharedSecret(secret)));
        assertThrows(InvalidEnrolmentCodeException.class, () -> terminal.enrol(pendingCode, at));
    }

    @Test
    void revoked_thenNewCode_isPendingAgain_andOnlyTheNewCodeEnrolsIt() {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        String stolen = reEnrol(terminal, NOW);
        terminal.revoke(NOW);

        String code = terminal.issueEnrolmentCode(NOW.plusSeconds(60), DAY);

        assertEquals(TerminalStatus.PENDING_ENROLMENT, terminal.getStatus());
        assertNull(terminal.getRevokedAt());
        assertFalse(terminal.accepts(new SharedSecret(stolen)));
        terminal.enrol(code, NOW.plusSeconds(120));
        assertFalse(terminal.accepts(new SharedSecret(stolen)));
    }

    @Test
    void refusals_nameTheTerminal_forStaff() {
        Terminal revoked = in(TerminalStatus.REVOKED);

        TerminalRevokedException refusal = assertThrows(TerminalRevokedException.class, revoked::startMaintenance);

        assertEquals("terminal.revoked", refusal.getMessageKey());
        assertEquals(List.of("BORNE-ARR-AT-1"), refusal.getArguments());
    }

    @ParameterizedTest
    @EnumSource(TerminalStatus.class)
    void accepts_itsSecret_onlyWhenEnrolled(TerminalStatus status) {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        String secret = reEnrol(terminal, NOW);
        if (status == TerminalStatus.MAINTENANCE) {
            terminal.startMaintenance();
        } else if (status == TerminalStatus.REVOKED) {
            terminal.revoke(NOW);
        } else if (status == TerminalStatus.PENDING_ENROLMENT) {
            terminal = in(TerminalStatus.PENDING_ENROLMENT);
        }

        assertEquals(status.isEnrolled(), terminal.accepts(new SharedSecret(secret)));
    }

    @Test
    void accepts_refusesAWrongSecret_andNoCredential() {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        String secret = reEnrol(terminal, NOW);

        assertFalse(terminal.accepts(new SharedSecret(secret.substring(0, 42) + "x")));
        assertFalse(terminal.accepts(new SharedSecret(TerminalSecrets.hash(secret))), "nor the stored hash");
        assertFalse(terminal.accepts(null));
    }

    @Test
    void isDueForLastSeen_whenNeverSeen() {
        assertTrue(pending().isDueForLastSeen(NOW));
    }

    @ParameterizedTest(name = "seen {0} s later: due {1}")
    @CsvSource({"0, false", "59, false", "60, true", "3600, true"})
    void isDueForLastSeen_atMostOnceAMinute(long secondsLater, boolean due) throws ReflectiveOperationException {
        Terminal terminal = in(TerminalStatus.ACTIVE);
        // Only the database sets it (Terminal.markSeen, a bulk update): set as if loaded.
        Field lastSeenAt = Terminal.class.getDeclaredField("lastSeenAt");
        lastSeenAt.setAccessible(true);
        lastSeenAt.set(terminal, NOW);

        assertEquals(due, terminal.isDueForLastSeen(NOW.plusSeconds(secondsLater)));
    }

    @Test
    void access_describesTheTerminal_andSaysWhenItIsInMaintenance() {
        Cell cell = withId(new Cell(arras, "A-001"), 10L);
        Terminal terminal = withId(Terminal.inCell("BORNE-ARR-A-001", cell), 7L);
        terminal.enrol(terminal.issueEnrolmentCode(NOW, DAY), NOW);

        TerminalAccess active = terminal.access();
        terminal.startMaintenance();
        TerminalAccess maintenance = terminal.access();

        assertEquals(new TerminalAccess(7L, "BORNE-ARR-A-001", TerminalKind.CELL, 1L, 10L, false), active);
        assertTrue(maintenance.maintenance());
        assertNull(withId(Terminal.inRoom("BORNE-ARR-EC-1", TerminalKind.CITIZEN_SPACE, arras, "Espace citoyen"), 8L)
                .access().cellId());
    }
}
