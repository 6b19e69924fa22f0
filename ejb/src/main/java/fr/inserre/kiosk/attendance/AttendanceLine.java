package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One attendance of a detainee, as later features read it ("Mes heures", the monthly statement, the
 * attestation, disputes): the session (id, date, planned times), the activity (id, title, kind, work
 * type, pay class, paid), what was recorded (status, presence times, minutes, absence reason) and
 * whether its week is validated. Minutes are those of a closed presence (0 otherwise).
 */
public record AttendanceLine(long attendanceId, long detaineeId, long sessionId, LocalDate date, Instant sessionStart,
        Instant sessionEnd, long activityId, String activityTitle, ActivityKind kind, WorkType workType,
        PayClass payClass, boolean paid, AttendanceStatus attendance, Instant presentFrom, Instant presentTo,
        int minutes, AbsenceReason absenceReason, LineStatus status) implements Serializable {

    public boolean validated() {
        return status == LineStatus.VALIDATED;
    }

    /** Work hours (paid or not). */
    public boolean work() {
        return kind == ActivityKind.WORK;
    }

    /** Vocational training or education hours. */
    public boolean training() {
        return kind != null && kind.isTraining();
    }
}
