package fr.inserre.kiosk.attendance;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A week's timesheet: validated once, locked, reopened by a correction. */
class TimesheetTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);
    static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");

    Timesheet sheet;

    @BeforeEach
    void pending() {
        Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
        Activity cap = new Activity(arras, new ActivityDetails(ActivityKind.VOCATIONAL_TRAINING, null, "CAP cuisine",
                null, null, "Salle 1", 12, null, MONDAY.minusMonths(1), null, false, null, null, null, 1), null);
        sheet = new Timesheet(cap, new Detainee(arras, "100001", "Julien", "Martin", MONDAY.minusMonths(2), null),
                MONDAY);
    }

    @Test
    void timesheet_startsOnAMonday() {
        Activity activity = sheet.getActivity();
        Detainee detainee = sheet.getDetainee();
        assertThrows(IllegalArgumentException.class, () -> new Timesheet(activity, detainee, MONDAY.plusDays(1)));
    }

    @Test
    void validate_locksTheWeek_andIsRefusedASecondTime() {
        sheet.validate(720, "formation", NOW, null);

        assertTrue(sheet.isValidated());
        assertEquals(720, sheet.getValidatedMinutes());
        TimesheetAlreadyValidatedException refused = assertThrows(TimesheetAlreadyValidatedException.class,
                () -> sheet.validate(720, "formation", NOW, null));
        assertEquals("MARTIN Julien", refused.getArguments().get(0));
    }

    @Test
    void reopen_afterValidation_opensTheWeekAgain_withWhoWhenWhy() {
        sheet.validate(720, "formation", NOW, "  ");
        assertNull(sheet.getOverrideReason());

        assertTrue(sheet.reopen("chef.atelier", NOW.plusSeconds(60), "Absence corrigée"));

        assertFalse(sheet.isValidated());
        assertEquals("chef.atelier", sheet.getReopenedBy());
        assertEquals("Absence corrigée", sheet.getReopenReason());
        sheet.validate(540, "formation", NOW.plusSeconds(120), null);
        assertEquals(540, sheet.getValidatedMinutes());
    }

    @Test
    void reopen_ofAPendingWeek_changesNothing() {
        assertFalse(sheet.reopen("chef.atelier", NOW, "x"));
        assertNull(sheet.getReopenedAt());
    }
}
