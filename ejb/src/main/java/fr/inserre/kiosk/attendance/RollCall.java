package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.schedule.SessionState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A session's roll-call sheet: the session and one line per detainee expected there. */
public record RollCall(long sessionId, String activityTitle, String place, LocalDate date, Instant start, Instant end,
        SessionState state, boolean started, List<Line> lines) implements Serializable {

    /**
     * One detainee's line: what is recorded now, and what "Présent" records by default (the badge
     * times when the detainee clocked, else the session's times; no end while the session goes on).
     */
    public record Line(long attendanceId, long version, long detaineeId, String name, String prisonNumber,
            String cell, AttendanceStatus status, Instant from, Instant to, int minutes, AbsenceReason reason,
            String note, EntrySource source, boolean longSession, int revision, Instant defaultFrom,
            Instant defaultTo) implements Serializable {

        /** Clocked in (or marked present) with no end yet. */
        public boolean open() {
            return status == AttendanceStatus.PRESENT && to == null;
        }
    }
}
