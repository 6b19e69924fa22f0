package fr.inserre.kiosk.detainee;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetaineeTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 10);

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    private final Cell cellA001 = withId(new Cell(arras, "A-001"), 10L);

    private Detainee admitted() {
        return new Detainee(arras, "25A0001", "Julien", "Dupont", ENTRY, ENTRY.plusYears(1));
    }

    @Test
    void constructor_normalisesPrisonNumber_whenPaddedAndLowercase() {
        Detainee detainee = new Detainee(arras, "  25a0001-b \t", "Julien", "Dupont", ENTRY, null);

        assertEquals("25A0001-B", detainee.getPrisonNumber());
    }

    @Test
    void constructor_stripsNames_whenPadded() {
        Detainee detainee = new Detainee(arras, "25A0001", "  Hélène ", "\tLefèvre  ", ENTRY, null);

        assertEquals("Hélène", detainee.getFirstName());
        assertEquals("Lefèvre", detainee.getLastName());
    }

    @Test
    void constructor_admitsPresentWithoutCellSpeakingFrench_whenNew() {
        Detainee detainee = admitted();

        assertEquals(DetaineeStatus.PRESENT, detainee.getStatus());
        assertTrue(detainee.isPresent());
        assertNull(detainee.getCell());
        assertNull(detainee.getReleasedOn());
        assertEquals("fr", detainee.getPreferredLanguage());
        assertFalse(detainee.isReadingSupport());
        assertSame(arras, detainee.getEstablishment());
        assertEquals(ENTRY, detainee.getEntryDate());
        assertEquals(ENTRY.plusYears(1), detainee.getExpectedReleaseDate());
    }

    @Test
    void constructor_refused_whenExpectedReleaseBeforeEntry() {
        LocalDate dayBefore = ENTRY.minusDays(1);

        InvalidDetaineeDatesException refusal = assertThrows(InvalidDetaineeDatesException.class,
                () -> new Detainee(arras, "25A0001", "Julien", "Dupont", ENTRY, dayBefore));

        assertEquals("detainee.dates.releaseBeforeEntry", refusal.getMessageKey());
        assertEquals(List.of(dayBefore, ENTRY), refusal.getArguments());
    }

    @Test
    void constructor_accepts_whenExpectedReleaseOnEntryDay() {
        Detainee detainee = new Detainee(arras, "25A0001", "Julien", "Dupont", ENTRY, ENTRY);

        assertEquals(ENTRY, detainee.getExpectedReleaseDate());
    }

    @Test
    void constructor_accepts_whenExpectedReleaseUnknown() {
        Detainee detainee = new Detainee(arras, "25A0001", "Julien", "Dupont", ENTRY, null);

        assertNull(detainee.getExpectedReleaseDate());
    }

    @Test
    void expectRelease_refusedAndDateKept_whenBeforeEntry() {
        Detainee detainee = admitted();
        LocalDate previous = detainee.getExpectedReleaseDate();

        assertThrows(InvalidDetaineeDatesException.class, () -> detainee.expectRelease(ENTRY.minusDays(1)));

        assertEquals(previous, detainee.getExpectedReleaseDate());
    }

    @Test
    void moveTo_placesInCell_whenCellOfOwnEstablishment() {
        Detainee detainee = admitted();

        detainee.moveTo(cellA001);

        assertSame(cellA001, detainee.getCell());
    }

    @Test
    void moveTo_placesInCell_whenCellEstablishmentIsAnotherInstanceOfTheSameRow() {
        Detainee detainee = admitted();
        Establishment arrasLoadedAgain = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
        Cell cell = withId(new Cell(arrasLoadedAgain, "A-002"), 11L);

        detainee.moveTo(cell);

        assertSame(cell, detainee.getCell());
    }

    @Test
    void moveTo_refusedAndCellKept_whenCellOfAnotherEstablishment() {
        Detainee detainee = admitted();
        detainee.moveTo(cellA001);
        Establishment lille = withId(new Establishment("LIL", "InSERRE Lille", 600), 2L);
        Cell lilleCell = withId(new Cell(lille, "B-104"), 20L);

        CellOfAnotherEstablishmentException refusal = assertThrows(CellOfAnotherEstablishmentException.class,
                () -> detainee.moveTo(lilleCell));

        assertEquals("detainee.cell.otherEstablishment", refusal.getMessageKey());
        assertEquals(List.of("B-104"), refusal.getArguments());
        assertSame(cellA001, detainee.getCell());
    }

    @Test
    void moveTo_leavesCell_whenNoCellGiven() {
        Detainee detainee = admitted();
        detainee.moveTo(cellA001);

        detainee.moveTo(null);

        assertNull(detainee.getCell());
    }

    @Test
    void moveTo_refused_whenReleased() {
        Detainee detainee = admitted();
        detainee.release(ENTRY.plusMonths(2));

        DetaineeReleasedException refusal = assertThrows(DetaineeReleasedException.class,
                () -> detainee.moveTo(cellA001));

        assertEquals("detainee.released", refusal.getMessageKey());
        assertEquals(List.of("25A0001"), refusal.getArguments());
        assertNull(detainee.getCell());
    }

    @Test
    void release_marksReleasedAndFreesCell_whenPresent() {
        Detainee detainee = admitted();
        detainee.moveTo(cellA001);
        LocalDate on = ENTRY.plusMonths(2);

        detainee.release(on);

        assertEquals(DetaineeStatus.RELEASED, detainee.getStatus());
        assertFalse(detainee.isPresent());
        assertEquals(on, detainee.getReleasedOn());
        assertNull(detainee.getCell());
    }

    @Test
    void release_accepted_whenOnEntryDay() {
        Detainee detainee = admitted();

        detainee.release(ENTRY);

        assertEquals(ENTRY, detainee.getReleasedOn());
    }

    @Test
    void release_refusedAndStillPresent_whenBeforeEntry() {
        Detainee detainee = admitted();
        detainee.moveTo(cellA001);
        LocalDate dayBefore = ENTRY.minusDays(1);

        InvalidDetaineeDatesException refusal = assertThrows(InvalidDetaineeDatesException.class,
                () -> detainee.release(dayBefore));

        assertEquals(List.of(dayBefore, ENTRY), refusal.getArguments());
        assertTrue(detainee.isPresent());
        assertNull(detainee.getReleasedOn());
        assertSame(cellA001, detainee.getCell());
    }

    @Test
    void release_refusedAndFirstReleaseKept_whenAlreadyReleased() {
        Detainee detainee = admitted();
        LocalDate first = ENTRY.plusMonths(2);
        detainee.release(first);

        assertThrows(DetaineeReleasedException.class, () -> detainee.release(first.plusDays(3)));

        assertEquals(first, detainee.getReleasedOn());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void preferCommunication_defaultsToFrench_whenLanguageBlank(String language) {
        Detainee detainee = admitted();
        detainee.preferCommunication("ar", false);

        detainee.preferCommunication(language, true);

        assertEquals("fr", detainee.getPreferredLanguage());
        assertTrue(detainee.isReadingSupport());
    }

    @Test
    void preferCommunication_keepsStrippedLanguageAndSupport_whenGiven() {
        Detainee detainee = admitted();

        detainee.preferCommunication(" ro ", true);

        assertEquals("ro", detainee.getPreferredLanguage());
        assertTrue(detainee.isReadingSupport());
    }

    @Test
    void getDisplayName_isUppercaseLastNameThenFirstName_whenAccentedCompoundName() {
        Detainee detainee = new Detainee(arras, "25A0001", "Hélène", "Lefèvre-El Amrani", ENTRY, null);

        assertEquals("LEFÈVRE-EL AMRANI Hélène", detainee.getDisplayName());
    }
}
