package fr.inserre.kiosk.detainee;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.identity.DetaineeCredential;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Release or transfer, birth date, and the kiosk account locked for good (issue 9). */
class DetaineeDepartureTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 10);

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    private final Cell cell = withId(new Cell(arras, "A-001"), 10L);

    private Detainee inCell() {
        Detainee detainee = withId(new Detainee(arras, "25A0001", "Julien", "Dupont", ENTRY, null), 5L);
        detainee.moveTo(cell);
        return detainee;
    }

    @Test
    void transfer_recordsItsReason_andLeavesTheCell() {
        Detainee detainee = inCell();

        detainee.release(ENTRY.plusMonths(3), ReleaseReason.TRANSFERRED);

        assertEquals(DetaineeStatus.RELEASED, detainee.getStatus());
        assertEquals(ReleaseReason.TRANSFERRED, detainee.getReleaseReason());
        assertEquals(ENTRY.plusMonths(3), detainee.getReleasedOn());
        assertNull(detainee.getCell());
    }

    @Test
    void releaseWithoutReason_isARelease() {
        Detainee detainee = inCell();

        detainee.release(ENTRY);

        assertEquals(ReleaseReason.RELEASED, detainee.getReleaseReason());
    }

    @Test
    void releasedRecord_isReadOnly_forMovesAndBirthDate() {
        Detainee detainee = inCell();
        detainee.release(ENTRY.plusDays(1), ReleaseReason.RELEASED);

        assertThrows(DetaineeReleasedException.class, () -> detainee.moveTo(cell));
        assertThrows(DetaineeReleasedException.class, () -> detainee.recordBirthDate(LocalDate.of(1990, 1, 1)));
        assertThrows(DetaineeReleasedException.class, () -> detainee.release(ENTRY.plusDays(2), ReleaseReason.RELEASED));
    }

    @Test
    void birthDate_afterTheEntry_isRefused() {
        Detainee detainee = inCell();

        assertThrows(InvalidBirthDateException.class, () -> detainee.recordBirthDate(ENTRY.plusDays(1)));
        detainee.recordBirthDate(LocalDate.of(1990, 5, 6));
        assertEquals(LocalDate.of(1990, 5, 6), detainee.getBirthDate());
    }

    @Test
    void disabledCredential_staysDisabled_fromTheFirstTime() {
        DetaineeCredential credential = new DetaineeCredential(inCell(), "B12345678", "pbkdf2-sha256$1$a$b");
        Instant first = Instant.parse("2026-02-01T10:00:00Z");
        assertFalse(credential.isDisabled());

        credential.disable(first);
        credential.disable(first.plusSeconds(60));

        assertTrue(credential.isDisabled());
        assertEquals(first, credential.getDisabledAt());
    }
}
