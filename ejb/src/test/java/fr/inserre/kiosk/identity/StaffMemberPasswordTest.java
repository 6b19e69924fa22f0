package fr.inserre.kiosk.identity;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberPasswordTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String INITIAL_HASH = "pbkdf2-sha256$1000$initialSalt$initialHash";
    private static final String OWN_HASH = "pbkdf2-sha256$1000$ownSalt$ownHash";

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    private final StaffMember member = new StaffMember(arras, "cdufour", "Claire", "Dufour",
            Set.of(StaffRole.PROBATION_OFFICER));

    private void lock() {
        for (int i = 0; i < LockoutPolicy.DEFAULT.maxFailures(); i++) {
            member.getAttempts().fail(NOW, LockoutPolicy.DEFAULT);
        }
        assertTrue(member.getAttempts().isLocked(NOW), "arrange: member locked");
    }

    @Test
    void newMember_hasNoPasswordAndMustChange_whenCreated() {
        assertNull(member.getPasswordHash());
        assertTrue(member.isPasswordMustChange());
        assertNull(member.getLastLoginAt());
    }

    @Test
    void setInitialPassword_setsHashRequiresChangeAndUnlocks_whenLockedAfterOwnPassword() {
        member.choosePassword(OWN_HASH);
        lock();

        member.setInitialPassword(INITIAL_HASH);

        assertEquals(INITIAL_HASH, member.getPasswordHash());
        assertTrue(member.isPasswordMustChange());
        assertFalse(member.getAttempts().isLocked(NOW));
        assertEquals(0, member.getAttempts().getFailures());
    }

    @Test
    void choosePassword_setsHashAndClearsMustChange_whenInitialPasswordInUse() {
        member.setInitialPassword(INITIAL_HASH);

        member.choosePassword(OWN_HASH);

        assertEquals(OWN_HASH, member.getPasswordHash());
        assertFalse(member.isPasswordMustChange());
    }

    @Test
    void loggedIn_clearsFailuresAndRecordsTime_whenFailuresBefore() {
        member.getAttempts().fail(NOW, LockoutPolicy.DEFAULT);
        Instant at = NOW.plusSeconds(30);

        member.loggedIn(at);

        assertEquals(0, member.getAttempts().getFailures());
        assertEquals(at, member.getLastLoginAt());
    }
}
