package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A one-off dated slot for one detainee: CPIP, partner, visit (parloir), medical or other. A medical
 * appointment keeps only its time: no place, no practitioner, no reason, whatever the caller passes.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends AuditedEntity {

    public static final int TEXT_MAX = 120;
    public static final int REASON_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private AppointmentKind kind;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(length = TEXT_MAX)
    private String place;

    @Column(name = "with_whom", length = TEXT_MAX)
    private String withWhom;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AppointmentState state = AppointmentState.PLANNED;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    protected Appointment() {
        // for JPA
    }

    Appointment(Detainee detainee, AppointmentKind kind, Interval when, String place, String withWhom,
            String overrideReason) {
        this.establishment = detainee.getEstablishment();
        this.detainee = detainee;
        this.kind = kind;
        this.startAt = when.start();
        this.endAt = when.end();
        if (kind != AppointmentKind.MEDICAL) {
            this.place = blankToNull(place);
            this.withWhom = blankToNull(withWhom);
        }
        this.overrideReason = blankToNull(overrideReason);
    }

    /**
     * An appointment a detainee booked on a partner's slot of the espace citoyen (the schedule conflicts were
     * checked by the booking): shown in "Mon planning" with the place and the partner's name.
     */
    public static Appointment withPartner(Detainee detainee, Interval when, String place, String partner) {
        return new Appointment(detainee, AppointmentKind.PARTNER, when, place, partner, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void cancel(String why) {
        if (state == AppointmentState.CANCELLED) {
            throw new AppointmentCancelledException();
        }
        state = AppointmentState.CANCELLED;
        cancelReason = why.strip();
    }

    public boolean isMedical() {
        return kind == AppointmentKind.MEDICAL;
    }

    public Interval interval() {
        return new Interval(startAt, endAt);
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public String getPlace() {
        return place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public AppointmentState getState() {
        return state;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
