package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.AppointmentState;
import fr.inserre.kiosk.schedule.Interval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A time a partner offers in the espace citoyen, for one person. Booking points it at the detainee's
 * PARTNER appointment; a cancelled booking frees it; the partner may withdraw it (the booking, if any, is
 * cancelled with it). Callers lock the row before booking: first come, first served.
 */
@Entity
@Table(name = "partner_slot")
public class PartnerSlot extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Place place;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SlotState state = SlotState.OPEN;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    protected PartnerSlot() {
        // for JPA
    }

    PartnerSlot(Partner partner, Place place, Interval when) {
        this.establishment = partner.getEstablishment();
        this.partner = partner;
        this.place = Objects.requireNonNull(place);
        this.startAt = when.start();
        this.endAt = when.end();
    }

    /** Open, not booked (a cancelled booking no longer holds it), and not started at {@code now}. */
    public boolean isFreeAt(Instant now) {
        return state == SlotState.OPEN && !isBooked() && startAt.isAfter(now);
    }

    /** Held by a planned appointment. */
    public boolean isBooked() {
        return appointment != null && appointment.getState() == AppointmentState.PLANNED;
    }

    void book(Appointment booking) {
        if (isBooked() || state != SlotState.OPEN) {
            throw new SlotTakenException();
        }
        this.appointment = Objects.requireNonNull(booking);
    }

    /** The booking was cancelled: the slot is offered again. */
    void free() {
        this.appointment = null;
    }

    void withdraw() {
        state = SlotState.CANCELLED;
    }

    public Interval interval() {
        return new Interval(startAt, endAt);
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Partner getPartner() {
        return partner;
    }

    public Place getPlace() {
        return place;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public SlotState getState() {
        return state;
    }

    /** The booking, or null; may be a cancelled one until the slot is freed. */
    public Appointment getAppointment() {
        return appointment;
    }
}
