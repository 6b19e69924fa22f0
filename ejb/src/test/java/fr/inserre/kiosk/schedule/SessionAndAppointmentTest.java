package fr.inserre.kiosk.schedule;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.inserre.kiosk.detainee.Detainee;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SessionAndAppointmentTest {

    static final Interval MORNING = new Interval(Instant.parse("2026-12-07T07:00:00Z"),
            Instant.parse("2026-12-07T11:00:00Z"));
    final Activity workshop = new Activity(ActivityTest.ARRAS, ActivityTest.work(WorkType.WORKSHOP, true,
            PayClass.PRODUCTION), null);
    final Detainee julien = withId(new Detainee(ActivityTest.ARRAS, "25A0001", "Julien", "Dupont",
            LocalDate.of(2026, 1, 5), null), 3L);

    ActivitySession session() {
        return new ActivitySession(workshop, new Occurrence(1L, LocalDate.of(2026, 12, 7), LocalTime.of(8, 0),
                LocalTime.of(12, 0), MORNING.start(), MORNING.end()));
    }

    @Test
    void movedSession_keepsItsFirstTimes_evenWhenMovedTwice() {
        ActivitySession session = session();
        Interval afternoon = new Interval(Instant.parse("2026-12-07T13:00:00Z"), Instant.parse("2026-12-07T16:00:00Z"));
        Interval nextDay = new Interval(Instant.parse("2026-12-08T13:00:00Z"), Instant.parse("2026-12-08T16:00:00Z"));

        session.moveTo(LocalDate.of(2026, 12, 7), afternoon, " ", "Inventaire");
        session.moveTo(LocalDate.of(2026, 12, 8), nextDay, "Atelier 3", " Livraison ");

        assertEquals(SessionState.MOVED, session.getState());
        assertEquals(MORNING.start(), session.getOriginalStartAt());
        assertEquals(nextDay.start(), session.getStartAt());
        assertEquals("Atelier 3", session.getPlace());
        assertEquals("Livraison", session.getReason());
    }

    @Test
    void cancelledSession_canBeNeitherCancelledNorMoved() {
        ActivitySession session = session();
        session.cancel("Formateur absent");

        assertThrows(SessionAlreadyCancelledException.class, () -> session.cancel("encore"));
        assertThrows(SessionAlreadyCancelledException.class,
                () -> session.moveTo(LocalDate.of(2026, 12, 7), MORNING, null, "x"));
        assertEquals("Formateur absent", session.getReason());
    }

    @Test
    void session_takesTheActivityPlace() {
        assertEquals("Atelier 2", session().getPlace());
    }

    @Test
    void medicalAppointment_keepsOnlyItsTime() {
        Appointment appointment = new Appointment(julien, AppointmentKind.MEDICAL, MORNING, "Unité sanitaire",
                "Dr Martin, dermatologie", null);

        assertNull(appointment.getPlace());
        assertNull(appointment.getWithWhom());
        assertEquals(MORNING.start(), appointment.getStartAt());
    }

    @Test
    void probationAppointment_keepsPlaceAndPerson() {
        Appointment appointment = new Appointment(julien, AppointmentKind.PROBATION, MORNING, " Bureau SPIP ",
                "Mme Dufour", "  ");

        assertEquals("Bureau SPIP", appointment.getPlace());
        assertEquals("Mme Dufour", appointment.getWithWhom());
        assertNull(appointment.getOverrideReason());
    }

    @Test
    void cancelledAppointment_cannotBeCancelledAgain() {
        Appointment appointment = new Appointment(julien, AppointmentKind.VISIT, MORNING, "Parloir", null, null);
        appointment.cancel("Visiteur empêché");

        assertThrows(AppointmentCancelledException.class, () -> appointment.cancel("x"));
    }
}
