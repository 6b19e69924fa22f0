package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.schedule.ActivityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A line of an attestation: the validated hours of one activity over the period (first and last day
 * worked or trained), or a training completed (its dates, no hours needed).
 */
@Embeddable
public class AttestationLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the line says. */
    public enum Type {
        HOURS, TRAINING
    }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "line_type", nullable = false, length = 8)
    private Type type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity_kind", nullable = false, length = 24)
    private ActivityKind kind;

    @Column(nullable = false, length = fr.inserre.kiosk.schedule.Activity.TITLE_MAX)
    private String title;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false)
    private int minutes;

    protected AttestationLine() {
        // for JPA
    }

    public AttestationLine(Type type, ActivityKind kind, String title, LocalDate firstDay, LocalDate lastDay,
            int minutes) {
        this.type = Objects.requireNonNull(type, "type");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        if (minutes < 0) {
            throw new IllegalArgumentException("negative minutes");
        }
        this.minutes = minutes;
    }

    public static AttestationLine hours(ActivityKind kind, String title, LocalDate firstDay, LocalDate lastDay,
            int minutes) {
        return new AttestationLine(Type.HOURS, kind, title, firstDay, lastDay, minutes);
    }

    public static AttestationLine training(ActivityKind kind, String title, LocalDate from, LocalDate until) {
        return new AttestationLine(Type.TRAINING, kind, title, from, until, 0);
    }

    public Type getType() {
        return type;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getMinutes() {
        return minutes;
    }

    /** The line in the canonical text the digest is made of. */
    String canonical() {
        return type + "|" + kind + "|" + title + "|" + firstDay + "|" + lastDay + "|" + minutes;
    }
}
