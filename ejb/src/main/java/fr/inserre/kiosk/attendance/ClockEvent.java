package fr.inserre.kiosk.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tap on "Je commence" or "Je termine", accepted, flagged or refused: kept as it happened. */
@Entity
@Immutable
@Table(name = "clock_event")
public class ClockEvent {

    public static final int REFUSAL_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "detainee_id", nullable = false)
    private long detaineeId;

    @Column(name = "terminal_id")
    private Long terminalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    private ClockKind kind;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ClockOutcome outcome;

    /** The refusal's message key, for a refused tap. */
    @Column(length = REFUSAL_MAX)
    private String refusal;

    @Column(name = "attendance_id")
    private Long attendanceId;

    protected ClockEvent() {
        // for JPA
    }

    ClockEvent(long establishmentId, long detaineeId, Long terminalId, ClockKind kind, Instant at,
            ClockOutcome outcome, String refusal, Long attendanceId) {
        this.establishmentId = establishmentId;
        this.detaineeId = detaineeId;
        this.terminalId = terminalId;
        this.kind = kind;
        this.at = at;
        this.outcome = outcome;
        this.refusal = refusal;
        this.attendanceId = attendanceId;
    }

    public Long getId() {
        return id;
    }

    public long getEstablishmentId() {
        return establishmentId;
    }

    public long getDetaineeId() {
        return detaineeId;
    }

    public Long getTerminalId() {
        return terminalId;
    }

    public ClockKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public ClockOutcome getOutcome() {
        return outcome;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getAttendanceId() {
        return attendanceId;
    }
}
