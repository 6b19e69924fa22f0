package fr.inserre.kiosk.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an attendance, as recorded: never changed, never deleted (the history staff see). */
@Entity
@Immutable
@Table(name = "attendance_entry")
@NamedQuery(name = "AttendanceEntry.history", query = "select e from AttendanceEntry e "
        + "where e.attendance.id = :attendanceId order by e.revision desc")
public class AttendanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id", nullable = false, updatable = false)
    private Attendance attendance;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "present_from", updatable = false)
    private Instant presentFrom;

    @Column(name = "present_to", updatable = false)
    private Instant presentTo;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "absence_reason", updatable = false, length = 24)
    private AbsenceReason absenceReason;

    @Column(name = "absence_note", updatable = false, length = Attendance.NOTE_MAX)
    private String absenceNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private EntrySource source;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "terminal_code", updatable = false, length = 32)
    private String terminalCode;

    @Column(updatable = false, length = Attendance.WHY_MAX)
    private String why;

    protected AttendanceEntry() {
        // for JPA
    }

    AttendanceEntry(Attendance attendance, int revision, EntrySource source, String by, Instant at,
            String terminalCode, String why) {
        this.attendance = attendance;
        this.revision = revision;
        this.status = attendance.getStatus();
        this.presentFrom = attendance.getPresentFrom();
        this.presentTo = attendance.getPresentTo();
        this.minutes = attendance.getMinutes();
        this.absenceReason = attendance.getAbsenceReason();
        this.absenceNote = attendance.getAbsenceNote();
        this.source = source;
        this.recordedBy = by;
        this.recordedAt = at;
        this.terminalCode = terminalCode;
        this.why = why;
    }

    public Long getId() {
        return id;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public int getRevision() {
        return revision;
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

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getTerminalCode() {
        return terminalCode;
    }

    public String getWhy() {
        return why;
    }
}
