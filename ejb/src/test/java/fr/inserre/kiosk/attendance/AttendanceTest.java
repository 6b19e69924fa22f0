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
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.TestSessions;
import fr.inserre.kiosk.schedule.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attendance state machine: clock-in/out, roll-call, corrections and their history. */
class AttendanceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2026, 3, 24);
    static final Instant EIGHT = ZonedDateTime.of(DAY, LocalTime.of(8, 0), PARIS).toInstant();
    static final Instant HALF_ELEVEN = ZonedDateTime.of(DAY, LocalTime.of(11, 30), PARIS).toInstant();
    static final Instant NOON = ZonedDateTime.of(DAY, LocalTime.of(12, 0), PARIS).toInstant();
    static final int LONG = 600;

    Attendance attendance;

    @BeforeEach
    void expected() {
        Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
        Activity joinery = withId(new Activity(arras, new ActivityDetails(ActivityKind.WORK, WorkType.WORKSHOP,
                "Atelier menuiserie", null, null, "Atelier 2", 12, null, DAY.minusMonths(1), null, true,
                PayClass.PRODUCTION, null, null, 1), null), 2L);
        Detainee julien = withId(new Detainee(arras, "100001", "Julien", "Martin", DAY.minusMonths(2), null), 3L);
        attendance = new Attendance(TestSessions.of(joinery, DAY, EIGHT, HALF_ELEVEN), julien);
    }

    @Test
    void newAttendance_isExpected_inTheWeekOfItsSession() {
        assertEquals(AttendanceStatus.EXPECTED, attendance.getStatus());
        assertEquals(LocalDate.of(2026, 3, 23), attendance.getWeekStart());
        assertEquals(0, attendance.getRevision());
    }

    @Test
    void clockInThenOut_recordsThePresenceAndItsMinutes_inTwoBadgeVersions() {
        AttendanceEntry in = attendance.clockIn(EIGHT.plusSeconds(120), "BORNE-1", "detainee:3");
        assertTrue(attendance.isOpen());
        assertEquals(EntrySource.BADGE, in.getSource());
        assertEquals("BORNE-1", in.getTerminalCode());

        AttendanceEntry out = attendance.clockOut(HALF_ELEVEN, "BORNE-1", "detainee:3", LONG);

        assertFalse(attendance.isOpen());
        assertEquals(208, attendance.getMinutes());
        assertEquals(2, out.getRevision());
        assertEquals(208, out.getMinutes());
        assertFalse(attendance.isLongSession());
    }

    @Test
    void secondClockIn_isRefused_namingTheActivityAndTheTimeOfTheFirst() {
        attendance.clockIn(EIGHT, "BORNE-1", "detainee:3");

        AlreadyClockedInException refused = assertThrows(AlreadyClockedInException.class,
                () -> attendance.clockIn(EIGHT.plusSeconds(600), "BORNE-1", "detainee:3"));

        assertEquals("Atelier menuiserie", refused.getArguments().get(0));
        assertEquals(LocalTime.of(8, 0), refused.getArguments().get(1));
        assertEquals(1, attendance.getRevision());
    }

    @Test
    void clockOut_withoutClockIn_isRefused() {
        assertThrows(NotClockedInException.class, () -> attendance.clockOut(HALF_ELEVEN, "BORNE-1", "d", LONG));
    }

    @Test
    void clockOut_afterClockOut_isRefused() {
        attendance.clockIn(EIGHT, "BORNE-1", "d");
        attendance.clockOut(HALF_ELEVEN, "BORNE-1", "d", LONG);

        assertThrows(NotClockedInException.class, () -> attendance.clockOut(NOON, "BORNE-1", "d", LONG));
    }

    @Test
    void clockOut_overTheLongSessionLimit_isRecordedAndFlagged() {
        attendance.clockIn(EIGHT, "BORNE-1", "d");

        attendance.clockOut(EIGHT.plusSeconds(10 * 3600 + 60), "BORNE-1", "d", LONG);

        assertEquals(601, attendance.getMinutes());
        assertTrue(attendance.isLongSession());
    }

    @Test
    void clockIn_afterStaffRecordedAbsent_isRefused() {
        attendance.recordAbsent(AbsenceReason.SICK, null, "surveillant", EIGHT, null);

        assertThrows(AlreadyRecordedAbsentException.class, () -> attendance.clockIn(EIGHT, "BORNE-1", "d"));
    }

    @Test
    void rollCall_onAnExpectedAttendance_needsNoReason() {
        AttendanceEntry entry = attendance.recordPresent(EIGHT, HALF_ELEVEN, "surveillant", NOON, null, LONG);

        assertEquals(EntrySource.ROLL_CALL, entry.getSource());
        assertEquals(210, attendance.getMinutes());
    }

    @Test
    void rollCall_completingAnOpenPresence_isNotACorrection() {
        attendance.clockIn(EIGHT, "BORNE-1", "d");

        AttendanceEntry entry = attendance.recordPresent(EIGHT, HALF_ELEVEN, "surveillant", NOON, null, LONG);

        assertEquals(EntrySource.ROLL_CALL, entry.getSource());
        assertEquals(210, attendance.getMinutes());
    }

    @Test
    void correction_ofARecordedPresence_needsAReason_andKeepsTheFormerVersion() {
        AttendanceEntry first = attendance.recordPresent(EIGHT, HALF_ELEVEN, "surveillant", NOON, null, LONG);

        assertThrows(CorrectionReasonRequiredException.class,
                () -> attendance.recordAbsent(AbsenceReason.REFUSED, null, "surveillant", NOON, " "));
        AttendanceEntry second = attendance.recordAbsent(AbsenceReason.CALLED_TO_APPOINTMENT, null, "chef", NOON,
                "Appelé au SPIP à 8 h");

        assertEquals(EntrySource.CORRECTION, second.getSource());
        assertEquals("Appelé au SPIP à 8 h", second.getWhy());
        assertEquals(AttendanceStatus.ABSENT, attendance.getStatus());
        assertEquals(0, attendance.getMinutes());
        assertNull(attendance.getPresentFrom());
        assertEquals(AttendanceStatus.PRESENT, first.getStatus());
        assertEquals(210, first.getMinutes());
        assertEquals(2, attendance.getRevision());
    }

    @Test
    void rollCall_confirmingWhatIsRecorded_needsNoReason() {
        attendance.recordAbsent(AbsenceReason.SICK, null, "surveillant", NOON, null);

        AttendanceEntry again = attendance.recordAbsent(AbsenceReason.SICK, "", "surveillant", NOON, null);

        assertEquals(EntrySource.ROLL_CALL, again.getSource());
    }

    @Test
    void absenceForAnotherReason_needsANote() {
        assertThrows(AbsenceNoteRequiredException.class,
                () -> attendance.recordAbsent(AbsenceReason.OTHER, "  ", "surveillant", NOON, null));

        attendance.recordAbsent(AbsenceReason.OTHER, " Parloir avancé ", "surveillant", NOON, null);

        assertEquals("Parloir avancé", attendance.getAbsenceNote());
    }

    @Test
    void presence_withTimesOutOfOrderOrInTheFuture_isRefused() {
        assertThrows(InvalidPresenceTimesException.class,
                () -> attendance.recordPresent(HALF_ELEVEN, EIGHT, "s", NOON, null, LONG));
        assertThrows(InvalidPresenceTimesException.class,
                () -> attendance.recordPresent(EIGHT, NOON.plusSeconds(60), "s", NOON, null, LONG));
        assertThrows(InvalidPresenceTimesException.class,
                () -> attendance.recordPresent(NOON.plusSeconds(60), null, "s", NOON, null, LONG));
        assertEquals(AttendanceStatus.EXPECTED, attendance.getStatus());
    }
}
