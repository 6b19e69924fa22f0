package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivitySession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One detainee's attendance at one session: EXPECTED until something is recorded, then PRESENT (from,
 * to; to empty while the session goes on for them) or ABSENT with a reason. Each change appends a new
 * {@link AttendanceEntry} (the history, never rewritten) and this row mirrors the latest one. A change
 * to what was already recorded is a correction and needs a reason; completing an open presence (the
 * missing end) is not.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(name = "Attendance.findOpenOfDetainee", query = "select r from Attendance r join fetch r.session "
        + "join fetch r.activity where r.detainee.id = :detaineeId and r.status = fr.inserre.kiosk.attendance"
        + ".AttendanceStatus.PRESENT and r.presentTo is null order by r.presentFrom desc")
@NamedQuery(name = "Attendance.findOpenIdOfDetainee", query = "select r.id from Attendance r where r.detainee.id = "
        + ":detaineeId and r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT and r.presentTo is null "
        + "order by r.presentFrom desc")
@NamedQuery(name = "Attendance.findBySessionAndDetainee",
        query = "select r from Attendance r where r.session.id = :sessionId and r.detainee.id = :detaineeId")
public class Attendance extends AuditedEntity {

    public static final int NOTE_MAX = 300;
    public static final int WHY_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ActivitySession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate sessionDate;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status = AttendanceStatus.EXPECTED;

    @Column(name = "present_from")
    private Instant presentFrom;

    @Column(name = "present_to")
    private Instant presentTo;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "absence_reason", length = 24)
    private AbsenceReason absenceReason;

    @Column(name = "absence_note", length = NOTE_MAX)
    private String absenceNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private EntrySource source;

    @Column(name = "long_session", nullable = false)
    private boolean longSession;

    @Column(nullable = false)
    private int revision;

    protected Attendance() {
        // for JPA
    }

    /** An expected attendance (the service usually creates them in bulk, see AttendanceRecords). */
    Attendance(ActivitySession session, Detainee detainee) {
        this.session = session;
        this.activity = session.getActivity();
        this.establishment = activity.getEstablishment();
        this.detainee = Objects.requireNonNull(detainee);
        this.sessionDate = session.getDate();
        this.weekStart = WorkedTime.weekStart(sessionDate);
    }

    /**
     * "Je commence": present from now, the end still open. Refused unless nothing was recorded yet:
     * a second clock-in, or a clock-in after staff recorded the session.
     */
    public AttendanceEntry clockIn(Instant at, String terminalCode, String by) {
        if (status == AttendanceStatus.PRESENT) {
            throw new AlreadyClockedInException(activity.getTitle(), at(presentFrom));
        }
        if (status == AttendanceStatus.ABSENT) {
            throw new AlreadyRecordedAbsentException(activity.getTitle());
        }
        return apply(AttendanceStatus.PRESENT, at, null, null, null, EntrySource.BADGE, by, at, terminalCode, null);
    }

    /**
     * "Je termine": closes the open presence at {@code at}. Refused when no presence is open. A session now
     * longer than {@code longSessionMinutes} is recorded anyway and flagged ({@link #isLongSession()}).
     */
    public AttendanceEntry clockOut(Instant at, String terminalCode, String by, int longSessionMinutes) {
        if (!isOpen()) {
            throw new NotClockedInException();
        }
        Instant end = at.isBefore(presentFrom) ? presentFrom : at;
        AttendanceEntry entry = apply(AttendanceStatus.PRESENT, presentFrom, end, null, null, EntrySource.BADGE, by,
                at, terminalCode, null);
        longSession = minutes > longSessionMinutes;
        return entry;
    }

    /**
     * Staff record the detainee present from {@code from} to {@code to} (to empty: still there). A
     * change to what was recorded is a correction: it needs {@code why}. Times must be in order and not
     * in the future. A presence longer than {@code longSessionMinutes} is flagged.
     */
    public AttendanceEntry recordPresent(Instant from, Instant to, String by, Instant now, String why,
            int longSessionMinutes) {
        if (from == null || from.isAfter(now) || (to != null && (to.isBefore(from) || to.isAfter(now)))) {
            throw new InvalidPresenceTimesException();
        }
        boolean completingOpen = isOpen() && from.equals(presentFrom);
        boolean same = status == AttendanceStatus.PRESENT && from.equals(presentFrom) && Objects.equals(to, presentTo);
        EntrySource kind = source(!same && !completingOpen, why);
        AttendanceEntry entry = apply(AttendanceStatus.PRESENT, from, to, null, null, kind, by, now, null, why);
        longSession = minutes > longSessionMinutes;
        return entry;
    }

    /** Staff record the detainee absent for a reason (OTHER needs a note); a correction needs {@code why}. */
    public AttendanceEntry recordAbsent(AbsenceReason reason, String note, String by, Instant now, String why) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (reason == AbsenceReason.OTHER && cleanNote == null) {
            throw new AbsenceNoteRequiredException();
        }
        boolean same = status == AttendanceStatus.ABSENT && reason == absenceReason
                && Objects.equals(cleanNote, absenceNote);
        EntrySource kind = source(!same, why);
        longSession = false;
        return apply(AttendanceStatus.ABSENT, null, null, reason, cleanNote, kind, by, now, null, why);
    }

    /** Roll-call when nothing or the same was recorded; a correction (reason required) otherwise. */
    private EntrySource source(boolean changes, String why) {
        if (status == AttendanceStatus.EXPECTED || !changes) {
            return EntrySource.ROLL_CALL;
        }
        if (why == null || why.isBlank()) {
            throw new CorrectionReasonRequiredException();
        }
        return EntrySource.CORRECTION;
    }

    private AttendanceEntry apply(AttendanceStatus newStatus, Instant from, Instant to, AbsenceReason reason,
            String note, EntrySource how, String by, Instant at, String terminalCode, String why) {
        status = newStatus;
        presentFrom = from;
        presentTo = to;
        minutes = WorkedTime.minutes(from, to);
        absenceReason = reason;
        absenceNote = note;
        source = how;
        revision++;
        return new AttendanceEntry(this, revision, how, by, at, terminalCode,
                why == null || why.isBlank() ? null : why.strip());
    }

    /** Present with the end still open (clocked in, not yet out). */
    public boolean isOpen() {
        return status == AttendanceStatus.PRESENT && presentTo == null;
    }

    private static java.time.LocalTime at(Instant instant) {
        return java.time.LocalTime.ofInstant(instant, fr.inserre.kiosk.common.ClockProducer.ZONE)
                .withSecond(0).withNano(0);
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public ActivitySession getSession() {
        return session;
    }

    public Activity getActivity() {
        return activity;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getPresentFrom() {
        return presentFrom;
    }

    public Instant getPresentTo() {
        return presentTo;
    }

    public int getMinutes() {
        return minutes;
    }

    public AbsenceReason getAbsenceReason() {
        return absenceReason;
    }

    public String getAbsenceNote() {
        return absenceNote;
    }

    public EntrySource getSource() {
        return source;
    }

    public boolean isLongSession() {
        return longSession;
    }

    public int getRevision() {
        return revision;
    }
}
