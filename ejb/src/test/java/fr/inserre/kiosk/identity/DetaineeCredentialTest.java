package fr.inserre.kiosk.identity;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DetaineeCredentialTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String STAFF_PIN_HASH = "pbkdf2-sha256$1000$staffSalt$staffHash";
    private static final String OWN_PIN_HASH = "pbkdf2-sha256$1000$ownSalt$ownHash";

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 7L);
    private final Detainee detainee = withId(new Detainee(arras, "25A0001", "Julien", "Dupont",
            LocalDate.of(2025, 3, 10), null), 42L);

    private DetaineeCredential credential() {
        return new DetaineeCredential(detainee, "B-0042", STAFF_PIN_HASH);
    }

    /** The establishment id is copied for a schema constraint and has no getter. */
    private static Long establishmentIdOf(DetaineeCredential credential) throws ReflectiveOperationException {
        Field field = DetaineeCredential.class.getDeclaredField("establishmentId");
        field.setAccessible(true);
        return (Long) field.get(credential);
    }

    private static void lock(DetaineeCredential credential) {
        for (int i = 0; i < LockoutPolicy.DEFAULT.maxFailures(); i++) {
            credential.getAttempts().fail(NOW, LockoutPolicy.DEFAULT);
        }
        assertTrue(credential.getAttempts().isLocked(NOW), "arrange: credential locked");
    }

    @Test
    void constructor_stripsAndUppercasesBadge_whenPaddedAndLowercase() {
        DetaineeCredential credential = new DetaineeCredential(detainee, " \tb-00ab42 ", STAFF_PIN_HASH);

        assertEquals("B-00AB42", credential.getBadgeNumber());
    }

    @Test
    void constructor_uppercasesBadgeTheSameWay_whenServerLocaleIsTurkish() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        DetaineeCredential credential;
        try {
            credential = new DetaineeCredential(detainee, "bi-42", STAFF_PIN_HASH);
        } finally {
            Locale.setDefault(previous);
        }

        assertEquals("BI-42", credential.getBadgeNumber());
    }

    @Test
    void constructor_takesTheDetaineesEstablishmentId_whenCreated() throws ReflectiveOperationException {
        DetaineeCredential credential = credential();

        assertEquals(7L, establishmentIdOf(credential));
        assertSame(detainee, credential.getDetainee());
        assertEquals(STAFF_PIN_HASH, credential.getPinHash());
    }

    @Test
    void constructor_requiresAPinChangeWithoutLockOrLogin_whenNew() {
        DetaineeCredential credential = credential();

        assertTrue(credential.isPinMustChange());
        assertFalse(credential.getAttempts().isLocked(NOW));
        assertEquals(0, credential.getAttempts().getFailures());
        assertNull(credential.getLastLoginAt());
    }

    @Test
    void resetPin_replacesPinRequiresChangeAndUnlocks_whenLockedAfterOwnPin() {
        DetaineeCredential credential = credential();
        credential.choosePin(OWN_PIN_HASH);
        lock(credential);
        String newStaffPin = "pbkdf2-sha256$1000$resetSalt$resetHash";

        credential.resetPin(newStaffPin);

        assertEquals(newStaffPin, credential.getPinHash());
        assertTrue(credential.isPinMustChange());
        assertFalse(credential.getAttempts().isLocked(NOW));
        assertEquals(0, credential.getAttempts().getFailures());
    }

    @Test
    void choosePin_replacesPinAndClearsMustChange_whenStaffPinInUse() {
        DetaineeCredential credential = credential();

        credential.choosePin(OWN_PIN_HASH);

        assertEquals(OWN_PIN_HASH, credential.getPinHash());
        assertFalse(credential.isPinMustChange());
    }

    @Test
    void loggedIn_clearsFailuresAndRecordsTime_whenFailuresBefore() {
        DetaineeCredential credential = credential();
        credential.getAttempts().fail(NOW, LockoutPolicy.DEFAULT);
        credential.getAttempts().fail(NOW.plusSeconds(5), LockoutPolicy.DEFAULT);
        Instant at = NOW.plusSeconds(30);

        credential.loggedIn(at);

        assertEquals(0, credential.getAttempts().getFailures());
        assertNull(credential.getAttempts().getLockedUntil());
        assertEquals(at, credential.getLastLoginAt());
    }
}
